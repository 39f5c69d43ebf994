# async for / async with over objects whose __anext__/__aenter__/__aexit__ are plain
# methods returning Futures (not coroutines): cancellation while awaiting them, the
# CancelledError's context inside an except block, and StopAsyncIteration via a Future.
import asyncio


class Ticker:
    def __init__(self, loop, n):
        self.loop, self.n, self.i = loop, n, 0
        self.pending = None

    def __aiter__(self):
        return self

    def __anext__(self):
        f = self.loop.create_future()
        self.pending = f
        if self.i >= self.n:
            f.set_exception(StopAsyncIteration())
        else:
            self.loop.call_soon(f.set_result, self.i)
            self.i += 1
        return f


class FutCM:
    def __init__(self, loop):
        self.loop = loop
        self.exit_fut = None

    def __aenter__(self):
        f = self.loop.create_future()
        self.loop.call_soon(f.set_result, "entered")
        return f

    def __aexit__(self, et, ev, tb):
        print("  __aexit__ got", et.__name__ if et else None)
        self.exit_fut = self.loop.create_future()
        return self.exit_fut


async def consume(loop):
    async for v in Ticker(loop, 3):
        print("  tick", v)
    print("  loop ended normally")
    try:
        raise ValueError("being handled")
    except ValueError:
        class Slow(Ticker):
            def __anext__(self):
                self.pending = self.loop.create_future()
                return self.pending
        try:
            async for v in Slow(loop, 1):
                print("  never", v)
        except asyncio.CancelledError as e:
            print("  cancelled in async for, ctx", repr(e.__context__))
            raise


async def use_cm(loop, cm):
    async with cm as v:
        print("  inside with", v)
        await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(consume(loop))
    for _ in range(12):
        await asyncio.sleep(0)
    t.cancel("stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("consume ->", repr(e))
    cm = FutCM(loop)
    t = asyncio.create_task(use_cm(loop, cm))
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel("in body")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("exit future pending:", cm.exit_fut is not None and not cm.exit_fut.done())
    t.cancel("in aexit")
    try:
        await t
    except asyncio.CancelledError as e:
        print("use_cm ->", repr(e), "ctx", repr(e.__context__), "exit fut cancelled", cm.exit_fut.cancelled())


asyncio.run(main())
