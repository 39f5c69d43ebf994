import asyncio


def compute(n):
    total = n * 2
    return total


async def worker(n):
    for i in range(4):
        await asyncio.sleep(0)
        compute(i)
    return n


async def main():
    await asyncio.gather(worker(1), worker(2))
    print("done")


asyncio.run(main())
