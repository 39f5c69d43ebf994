import asyncio
import contextlib

log = []


class Conn:
    def __init__(self, name, fail_close=False):
        self.name = name
        self.fail_close = fail_close
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0)
        self.open = True
        log.append(f"open {self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        self.open = False
        log.append(f"close {self.name} exc={et.__name__ if et else None}")
        if self.fail_close:
            raise OSError(f"close of {self.name} failed")
        return False


@contextlib.asynccontextmanager
async def transaction(conn):
    log.append(f"begin on {conn.name}")
    try:
        yield f"tx@{conn.name}"
    except ZeroDivisionError:
        log.append("rollback (suppressed)")
    else:
        log.append("commit")


@transaction.__wrapped__ if False else contextlib.asynccontextmanager
async def timed(label):
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        yield
    finally:
        log.append(f"{label} took {round(loop.time() - t0, 2)}")


async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        log.append("ticker finalized")


async def scenario1():
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(Conn("a"))
        b = await stack.enter_async_context(Conn("b"))
        stack.push_async_callback(lambda: asyncio.sleep(0, log.append("callback ran")))
        stack.callback(log.append, "sync callback ran")
        tx = await stack.enter_async_context(transaction(b))
        log.append(f"working in {tx} a.open={a.open}")
        1 / 0
    log.append("after stack")


async def scenario2():
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(Conn("x", fail_close=True))
            await stack.enter_async_context(Conn("y"))
            raise KeyError("work failed")
    except OSError as e:
        log.append(f"OSError {e}; context={e.__context__!r}")


async def scenario3():
    async with contextlib.AsyncExitStack() as outer:
        c = await outer.enter_async_context(Conn("kept"))
        moved = outer.pop_all()
    log.append(f"after pop_all kept.open={c.open}")
    await moved.aclose()
    log.append(f"after aclose kept.open={c.open}")


@timed("decorated")
async def decorated_job():
    await asyncio.sleep(0.02)
    return "job result"


async def scenario4():
    async with contextlib.aclosing(ticker(100)) as t:
        async for i in t:
            if i == 2:
                break
    log.append("aclosing exited")
    with contextlib.suppress(asyncio.TimeoutError):
        async with timed("timeout block"):
            await asyncio.wait_for(asyncio.sleep(1), 0.03)
    log.append("suppressed timeout")
    log.append(await decorated_job())
    async with contextlib.nullcontext("nc") as v:
        log.append(f"nullcontext {v}")


async def main():
    for s in (scenario1, scenario2, scenario3, scenario4):
        log.append(f"== {s.__name__}")
        await s()
    for line in log:
        print(line)


asyncio.run(main())
