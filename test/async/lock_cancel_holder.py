import asyncio


async def holder(lock):
    async with lock:
        print("holder acquired")
        try:
            await asyncio.sleep(0.3)
        except asyncio.CancelledError:
            print("holder cancelled inside critical section")
            raise
    print("never")


async def waiter(lock):
    async with lock:
        print("waiter acquired after holder was cancelled")


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w = asyncio.create_task(waiter(lock))
    await asyncio.sleep(0)
    print("locked:", lock.locked())
    h.cancel()
    await asyncio.gather(h, w, return_exceptions=True)
    print("locked at end:", lock.locked(), "h cancelled:", h.cancelled())


asyncio.run(main())
