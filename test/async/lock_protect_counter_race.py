import asyncio

counter = 0


async def unsafe_inc(n):
    global counter
    for _ in range(n):
        v = counter
        await asyncio.sleep(0)
        counter = v + 1


async def safe_inc(lock, n):
    global counter
    for _ in range(n):
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1


async def main():
    global counter
    await asyncio.gather(*(unsafe_inc(5) for _ in range(4)))
    print("unsafe", counter)
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(safe_inc(lock, 5) for _ in range(4)))
    print("safe", counter, lock.locked())


asyncio.run(main())
