# Semaphore: a waiter woken by release() but cancelled before it runs passes the
# permit on; BoundedSemaphore over-release; locked() and repr at each step.
import asyncio


async def user(sem, name, log):
    try:
        async with sem:
            log.append(name + " in")
            await asyncio.sleep(0.01)
            log.append(name + " out")
    except asyncio.CancelledError as e:
        log.append(name + " cancelled " + str(e.args))
        raise


async def main():
    sem = asyncio.BoundedSemaphore(1)
    log = []
    await sem.acquire()
    tasks = [asyncio.create_task(user(sem, n, log), name=n) for n in "ABCD"]
    await asyncio.sleep(0)
    print("repr", repr(sem).split(" at ")[0] if " at " in repr(sem) else repr(sem)[repr(sem).index("["):])
    print("waiters", len(sem._waiters), "locked", sem.locked())
    sem.release()
    tasks[0].cancel("A late")
    tasks[1].cancel("B waiting")
    print("after cancels: locked", sem.locked(), "value", sem._value)
    await asyncio.sleep(0)
    print("step1", log, "locked", sem.locked())
    await asyncio.gather(*tasks, return_exceptions=True)
    print("final", log)
    print("value", sem._value, "locked", sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print("over-release:", e)
    s2 = asyncio.Semaphore(0)
    s2.release()
    s2.release()
    print("plain semaphore value", s2._value)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("negative:", e)
    for t in tasks:
        print(t.get_name(), t.cancelled(), t.done())


asyncio.run(main())
