import asyncio


async def waiter(lock, name):
    await lock.acquire()
    print(name, "acquired")
    lock.release()


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    t = asyncio.create_task(waiter(lock, "queued"))
    await asyncio.sleep(0)
    lock.release()
    print("released; locked now?", lock.locked())
    # the woken waiter is still queued, so main has to wait behind it (no stealing)
    await lock.acquire()
    print("main re-acquired after the queued waiter")
    await asyncio.sleep(0)
    print("queued task finished:", t.done())
    lock.release()
    await t
    print("done")


asyncio.run(main())
