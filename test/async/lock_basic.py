import asyncio


async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    async with lock:
        print("inside async with, locked:", lock.locked())
    print("after:", lock.locked())
    await lock.acquire()
    print("acquire() returned, locked:", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with lock:
            raise ValueError("inside")
    except ValueError:
        print("lock released on exception:", not lock.locked())
    r = await lock.acquire()
    print("acquire returns", r)
    lock.release()


asyncio.run(main())
