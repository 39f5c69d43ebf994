# Lock: FIFO hand-off, a cancelled waiter doesn't get the lock, release of unlocked lock errors.
import asyncio


async def user(lock, name, hold, log):
    print(name, "wants lock; locked =", lock.locked())
    async with lock:
        log.append(name)
        print(name, "holds lock")
        await asyncio.sleep(hold)
    print(name, "released")


async def main():
    lock = asyncio.Lock()
    log = []
    print(repr(lock).split("[")[1])
    tasks = [asyncio.create_task(user(lock, f"u{i}", 0.01, log), name=f"u{i}") for i in range(4)]
    await asyncio.sleep(0)
    print(repr(lock).split("[")[1])
    tasks[2].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log, [t.cancelled() for t in tasks])
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # acquire() returns True; a waiter cancelled right after being woken passes the lock on
    await lock.acquire()
    w1 = asyncio.create_task(lock.acquire())
    w2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    w1.cancel()
    await asyncio.sleep(0)
    print("w1 cancelled:", w1.cancelled(), "w2 done:", w2.done(), w2.done() and w2.result())
    await asyncio.sleep(0)
    print("w2 done:", w2.done(), lock.locked())
    lock.release()
    print(lock.locked())
    try:
        async with asyncio.Lock() as value:
            print("async with value:", value)
    except Exception as e:
        print(type(e).__name__, e)


asyncio.run(main())
