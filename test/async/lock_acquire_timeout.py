# Acquiring a lock under wait_for/timeout: the timed-out waiter leaves the queue, the lock stays
# consistent, and the next waiter in line gets it.
import asyncio


def rp(o):
    s = repr(o)
    i = s.find(" object at 0x")
    return s if i < 0 else s[:i] + s[s.find(" ", i + 11):]


async def holder(lock, hold):
    async with lock:
        print("holder has the lock")
        await asyncio.sleep(hold)
    print("holder released")


async def impatient(lock, name, patience):
    try:
        await asyncio.wait_for(lock.acquire(), patience)
    except TimeoutError:
        print(f"{name} gave up; {rp(lock)}")
        return
    try:
        print(f"{name} got the lock")
        await asyncio.sleep(0.05)
    finally:
        lock.release()


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock, 0.5))
    await asyncio.sleep(0)
    waiters = [asyncio.create_task(impatient(lock, f"w{i}", p)) for i, p in enumerate([0.1, 1, 0.2, 2])]
    await asyncio.sleep(0)
    print(rp(lock))
    await asyncio.gather(h, *waiters)
    print("end:", rp(lock))
    try:
        async with asyncio.timeout(0.1):
            async with lock:
                await asyncio.sleep(1)
    except TimeoutError:
        print("timeout inside the lock; released:", not lock.locked())

asyncio.run(main())
