"""Bounded buffer built from asyncio.Condition (not Queue): producers block when full."""
import asyncio
from collections import deque


class BoundedBuffer:
    def __init__(self, size: int) -> None:
        self.items: deque[str] = deque()
        self.size = size
        self.cond = asyncio.Condition()

    async def put(self, item: str, who: str) -> None:
        async with self.cond:
            while len(self.items) >= self.size:
                print(f"  {who} waits (full)")
                await self.cond.wait()
            self.items.append(item)
            print(f"  {who} put {item} -> {list(self.items)}")
            self.cond.notify_all()

    async def get(self, who: str) -> str:
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) > 0)
            item = self.items.popleft()
            print(f"  {who} got {item}")
            self.cond.notify_all()
            return item


async def producer(buf: BoundedBuffer, name: str, n: int) -> None:
    for i in range(n):
        await buf.put(f"{name}{i}", name)
        await asyncio.sleep(0)


async def consumer(buf: BoundedBuffer, name: str, n: int, delay: float) -> list[str]:
    got = []
    for _ in range(n):
        got.append(await buf.get(name))
        await asyncio.sleep(delay)
    return got


async def main():
    buf = BoundedBuffer(2)
    results = await asyncio.gather(
        producer(buf, "P", 4),
        producer(buf, "Q", 3),
        consumer(buf, "c1", 4, 0.02),
        consumer(buf, "c2", 3, 0.05),
    )
    print("c1:", results[2])
    print("c2:", results[3])
    print("left:", list(buf.items), "locked:", buf.cond.locked())


asyncio.run(main())
