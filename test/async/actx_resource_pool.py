import asyncio
from contextlib import asynccontextmanager


class Pool:
    def __init__(self, size):
        self.free = asyncio.Queue()
        for i in range(size):
            self.free.put_nowait(f"conn{i}")
        self.log = []

    @asynccontextmanager
    async def connection(self, who):
        conn = await self.free.get()
        self.log.append(f"{who}+{conn}")
        try:
            yield conn
        except ValueError as e:
            self.log.append(f"{who} error {e}")
            raise
        finally:
            await asyncio.sleep(0)
            self.free.put_nowait(conn)
            self.log.append(f"{who}-{conn}")


async def user(pool, who, d, fail=False):
    async with pool.connection(who) as c:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(f"{who} failed using {c}")
        return f"{who} used {c}"


async def main():
    pool = Pool(2)
    res = await asyncio.gather(
        user(pool, "a", 0.07), user(pool, "b", 0.01, fail=True), user(pool, "c", 0.02),
        user(pool, "d", 0.01), return_exceptions=True)
    for r in res:
        print(repr(r))
    print(pool.log)
    print(pool.free.qsize())
    cm = pool.connection("z")
    print(type(cm).__name__)
    async with cm as c:
        print("z got", c)
    try:
        async with cm:
            pass
    except Exception as e:
        print(type(e).__name__, e)


asyncio.run(main())
