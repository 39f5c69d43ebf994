import asyncio
from contextlib import asynccontextmanager


class Connection:
    def __init__(self, cid):
        self.cid = cid
        self.uses = 0
        self.broken = False

    async def query(self, q):
        self.uses += 1
        await asyncio.sleep(0)
        if "DROP" in q:
            self.broken = True
            raise ConnectionError(f"conn {self.cid} broken by {q!r}")
        return f"{q} via {self.cid}"


class Pool:
    def __init__(self, size):
        self.sem = asyncio.BoundedSemaphore(size)
        self.free = [Connection(i) for i in range(size)]
        self.next_id = size
        self.waits = 0
        self.replaced = 0

    @asynccontextmanager
    async def connection(self):
        if self.sem.locked():
            self.waits += 1
        await self.sem.acquire()
        conn = self.free.pop(0)
        try:
            yield conn
        finally:
            if conn.broken:
                self.replaced += 1
                conn = Connection(self.next_id)
                self.next_id += 1
            self.free.append(conn)
            self.sem.release()


async def job(pool, name, queries, out):
    try:
        async with pool.connection() as c:
            for q in queries:
                out.append(f"{name}: {await c.query(q)}")
    except ConnectionError as e:
        out.append(f"{name}: error {e}")
    except asyncio.CancelledError:
        out.append(f"{name}: cancelled")
        raise


async def main():
    pool = Pool(2)
    out = []
    tasks = [
        asyncio.create_task(job(pool, "j1", ["SELECT 1", "SELECT 2"], out)),
        asyncio.create_task(job(pool, "j2", ["DROP t"], out)),
        asyncio.create_task(job(pool, "j3", ["SELECT 3"], out)),
        asyncio.create_task(job(pool, "j4", ["SELECT 4"], out)),
        asyncio.create_task(job(pool, "j5", ["SELECT 5"], out)),
    ]
    await asyncio.sleep(0)
    tasks[2].cancel()
    await asyncio.sleep(0)
    tasks[3].cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res])
    for line in out:
        print(line)
    print("free", [c.cid for c in pool.free], "waits", pool.waits, "replaced", pool.replaced)
    print("sem value", pool.sem._value, pool.sem.locked())
    try:
        pool.sem.release()
    except ValueError as e:
        print("ValueError:", e)
    sem = asyncio.Semaphore(0)
    waiters = [asyncio.create_task(sem.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    waiters[0].cancel()
    sem.release()
    sem.release()
    await asyncio.sleep(0)
    print("acquired", [w.done() and not w.cancelled() for w in waiters], sem._value)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    print(repr(sem).split("[")[1])


asyncio.run(main())
