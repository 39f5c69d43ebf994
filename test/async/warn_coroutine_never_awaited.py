# Calling a coroutine function without await: the coroutine is dropped at once and CPython warns
# "coroutine '...' was never awaited" (qualified name, file and line of the statement).
import asyncio


class Worker:
    async def run(self, n):
        print('run', n)


async def work(n):
    print('work', n)


async def main():
    work(1)
    Worker().run(2)
    asyncio.sleep(0)
    await work(3)
    print('end')

asyncio.run(main())
