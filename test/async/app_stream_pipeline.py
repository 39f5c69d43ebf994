import asyncio
from collections import Counter


class Ticker:
    """Async iterator class producing numbered ticks."""

    def __init__(self, n, step=0):
        self.n = n
        self.i = 0
        self.step = step
        self.closed = False

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(self.step)
        self.i += 1
        return self.i


async def amap(fn, source):
    async for x in source:
        r = fn(x)
        if asyncio.iscoroutine(r):
            r = await r
        yield r


async def afilter(pred, source):
    async for x in source:
        if pred(x):
            yield x


async def batch(source, size):
    buf = []
    try:
        async for x in source:
            buf.append(x)
            if len(buf) == size:
                yield tuple(buf)
                buf = []
        if buf:
            yield tuple(buf)
    finally:
        log.append(f"batch closed with {len(buf)} left")


async def merge(*sources):
    queue = asyncio.Queue()
    DONE = object()

    async def pump(i, src):
        try:
            async for x in src:
                await queue.put((i, x))
        finally:
            await queue.put((i, DONE))

    tasks = [asyncio.create_task(pump(i, s)) for i, s in enumerate(sources)]
    remaining = len(tasks)
    try:
        while remaining:
            i, x = await queue.get()
            if x is DONE:
                remaining -= 1
                continue
            yield i, x
    finally:
        for t in tasks:
            t.cancel()
        res = await asyncio.gather(*tasks, return_exceptions=True)
        log.append(f"merge cleanup: {[type(r).__name__ for r in res]}")


async def take(source, n):
    out = []
    async for x in source:
        out.append(x)
        if len(out) >= n:
            break
    return out


async def slow_square(x):
    await asyncio.sleep(0)
    return x * x


log = []


async def guarded(source):
    try:
        async for x in source:
            yield x
    except GeneratorExit:
        log.append("guarded: GeneratorExit")
        raise
    except ValueError as e:
        log.append(f"guarded: caught {e}")
        yield -1


async def main():
    evens = afilter(lambda x: x % 2 == 0, amap(slow_square, Ticker(10)))
    print("batches", [b async for b in batch(evens, 3)])

    merged = merge(Ticker(4), amap(lambda x: x * 10, Ticker(3)), afilter(lambda x: x > 2, Ticker(5)))
    items = [item async for item in merged]
    print("merged", sorted(items), Counter(i for i, _ in items))

    g = batch(Ticker(100), 4)
    first = await take(g, 2)
    print("took", first)
    await g.aclose()
    print("after aclose", log[-1])

    g2 = guarded(Ticker(5))
    print(await g2.__anext__(), await g2.asend(None))
    print("athrow ->", await g2.athrow(ValueError("bad tick")))
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("g2 exhausted")

    g3 = guarded(Ticker(5))
    await anext(g3)
    await g3.aclose()
    try:
        await anext(g3)
    except StopAsyncIteration:
        print("closed gen raises StopAsyncIteration")
    print("default", await anext(g3, "dflt"))

    m2 = merge(Ticker(50), Ticker(50))
    got = await take(m2, 5)
    await m2.aclose()
    print("early exit merged", len(got))
    for line in log:
        print(line)


asyncio.run(main())
