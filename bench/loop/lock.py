import asyncio

counter = 0


async def worker(lock, n):
    global counter
    for _ in range(n):
        async with lock:
            counter += 1
            await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(lock, 2_000) for _ in range(50)))
    print(counter)

asyncio.run(main())
