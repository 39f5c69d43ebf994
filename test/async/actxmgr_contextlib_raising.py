# contextlib.asynccontextmanager: setup failures, body exceptions seen by the generator,
# suppression, a generator that doesn't yield, AsyncExitStack callbacks order.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name, fail_setup=False, swallow=False):
    print("open", name)
    await asyncio.sleep(0.01)
    if fail_setup:
        raise ConnectionError(f"cannot open {name}")
    try:
        yield name.upper()
    except ValueError as e:
        print("resource saw", repr(e))
        if not swallow:
            raise
    finally:
        await asyncio.sleep(0.01)
        print("close", name)


@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield


@contextlib.asynccontextmanager
async def double_yield():
    yield 1
    yield 2


async def main():
    async with resource("a") as r:
        print("using", r)
    try:
        async with resource("b", fail_setup=True):
            print("not reached")
    except ConnectionError as e:
        print("ConnectionError:", e)
    try:
        async with resource("c"):
            raise ValueError("body error")
    except ValueError as e:
        print("propagated:", e)
    async with resource("d", swallow=True):
        raise ValueError("swallowed")
    print("after swallow")
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    await check_double_yield()

    async with contextlib.AsyncExitStack() as stack:
        for n in "xyz":
            print("entered", await stack.enter_async_context(resource(n)))
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback")

        async def acb(tag):
            print("async callback", tag)
        stack.push_async_callback(acb, "last-registered")
    print("stack closed")

    # Cancellation while inside the body still runs the finally with awaits
    async def user():
        async with resource("t"):
            await asyncio.sleep(10)
    t = asyncio.create_task(user())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("user cancelled")

    await check_aclosing()
    print("done")


async def check_double_yield():
    cm = double_yield()
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    await cm.gen.aclose()


async def check_aclosing():
    async def gen():
        try:
            yield 1
            yield 2
        finally:
            print("gen finalised")
    async with contextlib.aclosing(gen()) as g:
        async for v in g:
            print("v", v)
            break


asyncio.run(main())
