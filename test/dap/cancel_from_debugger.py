import asyncio


async def worker(n):
    try:
        await asyncio.sleep(10)
        return n
    except asyncio.CancelledError as e:
        print(f"worker {n} cancelled: {e.args}")
        raise


async def main():
    tasks = [asyncio.create_task(worker(i), name=f"worker-{i}") for i in range(2)]
    await asyncio.sleep(0)
    print("both waiting")
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])

asyncio.run(main())
