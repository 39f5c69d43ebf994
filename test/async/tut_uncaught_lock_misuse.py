"""Releasing an asyncio.Lock twice (a refactoring bug) ends the program with RuntimeError."""
import asyncio


class Counter:
    def __init__(self) -> None:
        self.value = 0
        self.lock = asyncio.Lock()

    async def incr(self, by: int) -> int:
        await self.lock.acquire()
        try:
            v = self.value
            await asyncio.sleep(0)
            self.value = v + by
            return self.value
        finally:
            self.lock.release()

    async def buggy_incr(self, by: int) -> int:
        await self.lock.acquire()
        try:
            self.value += by
            self.lock.release()
            return self.value
        finally:
            self.lock.release()


async def main():
    c = Counter()
    print(await asyncio.gather(*(c.incr(i) for i in range(1, 5))))
    print("locked:", c.lock.locked())
    print(await c.buggy_incr(100))


asyncio.run(main())
