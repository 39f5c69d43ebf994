import asyncio
import contextlib


@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield


@contextlib.asynccontextmanager
async def two_yields():
    yield 1
    yield 2


@contextlib.asynccontextmanager
async def suppressing():
    try:
        yield "s"
    except KeyError as e:
        print("suppressed", repr(e))


@contextlib.asynccontextmanager
async def transforming():
    try:
        yield
    except ValueError as e:
        raise RuntimeError("transformed") from e


class BadEnter:
    async def __aenter__(self):
        await asyncio.sleep(0)
        raise OSError("enter failed")

    async def __aexit__(self, *a):
        print("never called")


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    async def __aenter__(self):
        self.log.append(f"open {self.name}")
        return self

    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0)
        self.log.append(f"close {self.name} {et.__name__ if et else None}")
        return False


async def main():
    for cm in (no_yield, two_yields):
        try:
            async with cm() as v:
                print("body", v)
        except RuntimeError as e:
            print("RuntimeError:", e)
    async with suppressing() as s:
        raise KeyError("k")
    print("after suppress")
    try:
        async with transforming():
            raise ValueError("v")
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__))
    try:
        async with BadEnter():
            print("not here")
    except OSError as e:
        print("OSError:", e)
    log = []
    try:
        async with contextlib.AsyncExitStack() as stack:
            r1 = await stack.enter_async_context(Resource("db", log))
            r2 = await stack.enter_async_context(Resource("cache", log))
            stack.push_async_callback(lambda: asyncio.sleep(0, log.append("callback")))

            async def acb(x):
                log.append(f"acb {x}")
            stack.push_async_callback(acb, 42)
            stack.callback(log.append, "sync cb")
            raise LookupError("body")
    except LookupError:
        pass
    print(log)

    class Gen:
        def __init__(self):
            self.closed = False

        async def aclose(self):
            self.closed = True
    g = Gen()
    async with contextlib.aclosing(g) as gg:
        print(gg is g, g.closed)
    print(g.closed)
    async with contextlib.nullcontext("nc") as n:
        print(n)


asyncio.run(main())
