import asyncio
import sys


async def worker(n):
    await asyncio.sleep(0)
    print("worker", n, "finished")
    return n


async def main():
    total = 0
    for i in range(3):
        total += await asyncio.create_task(worker(i))
    print("total", total)
    try:
        await asyncio.sleep(0)
    finally:
        print("main finally before exit")
    print("calling sys.exit(3)")
    sys.exit(3)


asyncio.run(main())
print("not reached")
