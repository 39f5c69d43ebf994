"""Connection pool built on Condition: checkout blocks until a connection is free."""
import asyncio
import contextlib


class Connection:
    def __init__(self, cid):
        self.cid = cid
        self.queries = 0

    async def query(self, sql):
        self.queries += 1
        await asyncio.sleep(0)
        return f"conn{self.cid}:{sql}"


class Pool:
    def __init__(self, size):
        self.free = [Connection(i) for i in range(size)]
        self.all = list(self.free)
        self.cond = asyncio.Condition()
        self.waits = 0

    @contextlib.asynccontextmanager
    async def connection(self, who):
        async with self.cond:
            if not self.free:
                self.waits += 1
                print(f"{who} waits for a connection")
            await self.cond.wait_for(lambda: self.free)
            conn = self.free.pop(0)
        try:
            yield conn
        finally:
            async with self.cond:
                self.free.append(conn)
                self.cond.notify()


async def client(pool, name, n, log):
    for i in range(n):
        async with pool.connection(name) as conn:
            r = await conn.query(f"{name}-q{i}")
            log.append(r)
            if name == "slow":
                for _ in range(3):
                    await asyncio.sleep(0)


async def canceller(pool):
    t = asyncio.create_task(client(pool, "doomed", 5, []))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("doomed client cancelled while waiting/using")


async def main():
    pool = Pool(2)
    log = []
    await asyncio.gather(
        client(pool, "a", 3, log), client(pool, "slow", 2, log),
        client(pool, "b", 2, log), canceller(pool),
    )
    for line in log:
        print(line)
    print("waits:", pool.waits)
    print("free after:", sorted(c.cid for c in pool.free))
    print("queries per conn:", [c.queries for c in pool.all])


asyncio.run(main())
