"""Pipeline of async generators: source -> filter -> map -> batch, with aclose semantics."""
import asyncio
from typing import AsyncIterator


async def numbers(n: int, delay: float) -> AsyncIterator[int]:
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print(f"numbers() finalized")


async def only_odd(src: AsyncIterator[int]) -> AsyncIterator[int]:
    async for x in src:
        if x % 2:
            yield x


async def squared(src: AsyncIterator[int]) -> AsyncIterator[int]:
    async for x in src:
        await asyncio.sleep(0)
        yield x * x


async def batched(src: AsyncIterator[int], size: int) -> AsyncIterator[list[int]]:
    batch: list[int] = []
    async for x in src:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


async def take(src, n):
    out = []
    async for item in src:
        out.append(item)
        if len(out) >= n:
            break
    return out


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    async for b in batched(squared(only_odd(numbers(12, 0.01))), 2):
        print(f"batch {b} sum={sum(b)} (clock moved: {loop.time() > t0})")

    gen = numbers(100, 0.001)
    first = await take(gen, 3)
    print("first three:", first)
    await gen.aclose()
    print("after aclose:", await take(gen, 3))

    comp = [x async for x in squared(numbers(4, 0)) if x > 1]
    print("comprehension:", comp)
    agen = squared(numbers(3, 0))
    print(type(agen).__name__, agen.__name__ if hasattr(agen, "__name__") else "?")
    print(await agen.__anext__(), await anext(agen), await anext(agen))
    print(await anext(agen, "exhausted"))


asyncio.run(main())
