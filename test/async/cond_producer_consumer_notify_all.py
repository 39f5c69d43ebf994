# A bounded buffer built from one Condition (not_full / not_empty predicates), several producers and
# consumers, and a shutdown flag with notify_all.
import asyncio


class Buffer:
    def __init__(self, size):
        self.items = []
        self.size = size
        self.cond = asyncio.Condition()
        self.closed = False

    async def put(self, item):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.size or self.closed)
            if self.closed:
                raise RuntimeError("buffer closed")
            self.items.append(item)
            self.cond.notify_all()

    async def get(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items or self.closed)
            if not self.items:
                return None
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

    async def close(self):
        async with self.cond:
            self.closed = True
            self.cond.notify_all()


async def producer(buf, name, n):
    for i in range(n):
        await buf.put(f"{name}-{i}")
        print("produced", f"{name}-{i}", len(buf.items))
        await asyncio.sleep(0)


async def consumer(buf, name, out):
    while True:
        item = await buf.get()
        if item is None:
            print(name, "sees closed buffer")
            return
        out.append((name, item))
        await asyncio.sleep(0.001)


async def main():
    buf = Buffer(2)
    out = []
    consumers = [asyncio.create_task(consumer(buf, f"c{i}", out)) for i in range(2)]
    await asyncio.gather(producer(buf, "p", 4), producer(buf, "q", 3))
    while buf.items:
        await asyncio.sleep(0.001)
    await buf.close()
    await asyncio.gather(*consumers)
    print(sorted(item for _, item in out))
    print(len(out))
    try:
        await buf.put("late")
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
