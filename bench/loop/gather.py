import asyncio


async def leaf(i):
    return i


async def main():
    results = await asyncio.gather(*(asyncio.create_task(leaf(i)) for i in range(100_000)))
    print(len(results), sum(results))

asyncio.run(main())
