import asyncio


async def main():
    results = []
    factor = 3

    async def worker(n):
        await asyncio.sleep(0)
        results.append(n * factor)

    await asyncio.gather(worker(1), worker(2))
    print(results)

asyncio.run(main())
