import asyncio


async def worker(name, delay):
    total = 0
    for i in range(3):
        total += i
        await asyncio.sleep(delay)
    print(name, "finished", total)
    return total


async def main():
    a = asyncio.create_task(worker("A", 0.2), name="alpha")
    b = asyncio.create_task(worker("B", 0.1), name="beta")
    results = await asyncio.gather(a, b)
    print("results", results)


asyncio.run(main())
