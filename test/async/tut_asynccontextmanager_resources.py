"""contextlib.asynccontextmanager: a connection pool with acquire/release logging and errors."""
import asyncio
import contextlib
from dataclasses import dataclass


@dataclass
class Connection:
    ident: int
    uses: int = 0

    async def query(self, sql: str) -> str:
        self.uses += 1
        await asyncio.sleep(0.01)
        if "DROP" in sql:
            raise PermissionError(f"conn{self.ident}: refused {sql!r}")
        return f"conn{self.ident}:{sql.lower()}"


class Pool:
    def __init__(self, size: int):
        self._free = asyncio.Queue()
        for i in range(size):
            self._free.put_nowait(Connection(i))
        self.log: list[str] = []

    @contextlib.asynccontextmanager
    async def connection(self, who: str):
        conn = await self._free.get()
        self.log.append(f"{who} acquired conn{conn.ident}")
        try:
            yield conn
        except PermissionError as e:
            self.log.append(f"{who} error: {e}")
            raise
        finally:
            self.log.append(f"{who} released conn{conn.ident}")
            self._free.put_nowait(conn)


@contextlib.asynccontextmanager
async def timed(label: str):
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        yield
    finally:
        print(f"[{label}] took at least 0.02s: {loop.time() - t0 >= 0.02}")


async def client(pool: Pool, who: str, sql: str):
    try:
        async with pool.connection(who) as conn:
            return await conn.query(sql)
    except PermissionError as e:
        return f"{who} failed: {e.args[0]}"


async def main():
    pool = Pool(2)
    async with timed("batch"):
        results = await asyncio.gather(
            client(pool, "A", "SELECT 1"),
            client(pool, "B", "DROP TABLE x"),
            client(pool, "C", "SELECT 2"),
            client(pool, "D", "UPDATE y"),
        )
    for r in results:
        print(r)
    for line in pool.log:
        print(" ", line)
    async with contextlib.AsyncExitStack() as stack:
        c1 = await stack.enter_async_context(pool.connection("E"))
        c2 = await stack.enter_async_context(pool.connection("F"))
        stack.push_async_callback(asyncio.sleep, 0)
        print("stack holds", c1.ident, c2.ident, "free:", pool._free.qsize())
    print("free after stack:", pool._free.qsize(), pool.log[-2:])


asyncio.run(main())
