import asyncio
from contextlib import asynccontextmanager


class RWLock:
    def __init__(self):
        self._cond = asyncio.Condition()
        self._readers = 0
        self._writer = False
        self._waiting_writers = 0

    @asynccontextmanager
    async def read(self):
        async with self._cond:
            await self._cond.wait_for(lambda: not self._writer and self._waiting_writers == 0)
            self._readers += 1
        try:
            yield self._readers
        finally:
            async with self._cond:
                self._readers -= 1
                if self._readers == 0:
                    self._cond.notify_all()

    @asynccontextmanager
    async def write(self):
        async with self._cond:
            self._waiting_writers += 1
            try:
                await self._cond.wait_for(lambda: not self._writer and self._readers == 0)
            finally:
                self._waiting_writers -= 1
            self._writer = True
        try:
            yield
        finally:
            async with self._cond:
                self._writer = False
                self._cond.notify_all()


class Store:
    def __init__(self):
        self.lock = RWLock()
        self.data = {"x": 0}
        self.log = []
        self.max_readers = 0

    async def reader(self, name, rounds):
        seen = []
        for _ in range(rounds):
            async with self.lock.read() as n:
                self.max_readers = max(self.max_readers, n)
                self.log.append(f"{name} reads x={self.data['x']} (readers={n})")
                await asyncio.sleep(0)
                seen.append(self.data["x"])
            await asyncio.sleep(0)
        return seen

    async def writer(self, name, delta, rounds):
        for _ in range(rounds):
            async with self.lock.write():
                old = self.data["x"]
                self.log.append(f"{name} writes {old}->{old + delta}")
                await asyncio.sleep(0)
                assert self.lock._readers == 0
                self.data["x"] = old + delta
            await asyncio.sleep(0)


async def main():
    s = Store()
    tasks = [
        asyncio.create_task(s.reader("r1", 3)),
        asyncio.create_task(s.reader("r2", 3)),
        asyncio.create_task(s.writer("W", 10, 2)),
        asyncio.create_task(s.reader("r3", 2)),
        asyncio.create_task(s.writer("V", 1, 2)),
    ]
    res = await asyncio.gather(*tasks)
    for line in s.log:
        print(line)
    print("reads", res[0], res[1], res[3])
    print("final", s.data, "max readers", s.max_readers)

    await cancel_part()


async def cancel_part():
    # cancellation of a waiting writer must not corrupt the lock
    lock = RWLock()
    async def hold_read():
        async with lock.read():
            await asyncio.sleep(0.05)
    r = asyncio.create_task(hold_read())
    await asyncio.sleep(0)
    async def want_write():
        async with lock.write():
            return "wrote"
    w = asyncio.create_task(want_write())
    await asyncio.sleep(0)
    print("waiting writers", lock._waiting_writers)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("writer cancelled; waiting", lock._waiting_writers)
    await r
    async with lock.write():
        print("write ok after cancel", lock._writer)
    print("cond locked", lock._cond.locked(), "waiters", len(lock._cond._waiters))


asyncio.run(main())
