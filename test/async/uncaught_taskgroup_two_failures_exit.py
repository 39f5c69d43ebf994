import asyncio


async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise ValueError(f"worker {n} failed")
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in (1, 2, 3):
            tg.create_task(worker(n))
    print("never")


asyncio.run(main())
