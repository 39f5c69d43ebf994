import asyncio
import time


def blocking(n):
    total = 0
    for i in range(n):
        total += i
    time.sleep(0.5)
    return total


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.2)


async def main():
    t = asyncio.create_task(ticker())
    r = await asyncio.to_thread(blocking, 4)
    print("result", r)
    await t


asyncio.run(main())
