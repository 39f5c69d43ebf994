import asyncio


async def contender(lock, name):
    try:
        async with lock:
            print(name, "acquired")
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting; locked:", lock.locked())
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(contender(lock, "a"))
    b = asyncio.create_task(contender(lock, "b"))
    c = asyncio.create_task(contender(lock, "c"))
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("states:", a.cancelled(), b.cancelled(), c.cancelled(), "locked:", lock.locked())


asyncio.run(main())
