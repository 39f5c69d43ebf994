# An async iterator class over a queue, with a per-item timeout and an explicit close, consumed
# with async for, anext() with a default, and an async comprehension.
import asyncio


class Feed:
    _DONE = object()

    def __init__(self, timeout):
        self.q = asyncio.Queue()
        self.timeout = timeout
        self.closed = False

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.closed:
            raise StopAsyncIteration
        try:
            item = await asyncio.wait_for(self.q.get(), self.timeout)
        except TimeoutError:
            print("  feed idle, closing")
            self.closed = True
            raise StopAsyncIteration
        if item is self._DONE:
            self.closed = True
            raise StopAsyncIteration
        return item

    async def publish(self, items, gap):
        for it in items:
            await asyncio.sleep(gap)
            await self.q.put(it)

    def finish(self):
        self.q.put_nowait(self._DONE)


async def main():
    f = Feed(timeout=1)
    pub = asyncio.create_task(f.publish(["a", "b", "c"], 0.1))
    async for item in f:
        print("got", item)
        if item == "c":
            f.finish()
    await pub
    print("after finish:", await anext(f, "default"))
    g = Feed(timeout=0.3)
    asyncio.create_task(g.publish([1, 2, 3, 4], 0.2))
    squares = [x * x async for x in g]
    print("squares until idle:", squares)
    h = Feed(timeout=0.5)
    h.q.put_nowait("only")
    print(await anext(h))
    try:
        await anext(h)
    except StopAsyncIteration:
        print("StopAsyncIteration when idle")
    try:
        await anext(h)
    except StopAsyncIteration:
        print("StopAsyncIteration after close")
    try:
        await anext(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
