import asyncio


async def holder(lock, log):
    async with lock:
        log.append("holder acquired")
        try:
            await asyncio.sleep(1)
        finally:
            log.append(f"holder finally locked={lock.locked()}")
    log.append("unreachable")


async def waiter(lock, log):
    async with lock:
        log.append("waiter acquired")


async def main():
    lock = asyncio.Lock()
    log = []
    h = asyncio.create_task(holder(lock, log))
    await asyncio.sleep(0)
    w = asyncio.create_task(waiter(lock, log))
    await asyncio.sleep(0)
    h.cancel()
    await asyncio.sleep(0)
    print(log, lock.locked(), h.done())
    await w
    print(log, lock.locked())
    try:
        await h
    except asyncio.CancelledError:
        print("holder cancelled", h.cancelled())


asyncio.run(main())
