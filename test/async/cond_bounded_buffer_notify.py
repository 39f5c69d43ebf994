import asyncio
from collections import deque


class Buffer:
    def __init__(self, cap):
        self.items = deque()
        self.cap = cap
        self.cond = asyncio.Condition()

    async def put(self, x):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.cap)
            self.items.append(x)
            self.cond.notify_all()

    async def get(self):
        async with self.cond:
            while not self.items:
                await self.cond.wait()
            x = self.items.popleft()
            self.cond.notify_all()
            return x


async def producer(buf, name, n):
    for i in range(n):
        await buf.put(f"{name}{i}")
        print("put", f"{name}{i}", len(buf.items))


async def consumer(buf, n, out):
    for _ in range(n):
        out.append(await buf.get())
        await asyncio.sleep(0.005)


async def main():
    buf = Buffer(2)
    out = []
    await asyncio.gather(producer(buf, "a", 3), producer(buf, "b", 3), consumer(buf, 6, out))
    print(out)


asyncio.run(main())
