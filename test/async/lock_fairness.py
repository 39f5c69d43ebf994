import asyncio

lock = None


async def user(name, hold):
    print(name, "wants lock")
    async with lock:
        print(name, "has lock")
        for _ in range(hold):
            await asyncio.sleep(0)
        print(name, "releasing")


async def main():
    global lock
    lock = asyncio.Lock()
    ts = [asyncio.create_task(user(f"u{i}", i % 3)) for i in range(5)]
    await asyncio.gather(*ts)
    print("second round, lock held by main first")
    await lock.acquire()
    ts = [asyncio.create_task(user(f"v{i}", 1)) for i in range(3)]
    await asyncio.sleep(0)
    print("main releases")
    lock.release()
    await asyncio.gather(*ts)


asyncio.run(main())
