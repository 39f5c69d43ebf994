import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(0)
    s.release()
    s.release()
    print(s._value, s.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    cond = asyncio.Condition()
    for call in (cond.notify, cond.notify_all):
        try:
            call()
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.Condition(asyncio.Lock()).release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with lock:
        print("locked", lock.locked())
    lock.release()


asyncio.run(main())
