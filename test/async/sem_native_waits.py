# Semaphore and BoundedSemaphore waits: fairness, a waiter cancelled before and after it was
# woken, over-release, and `async with` under contention.
import asyncio


async def worker(sem, name, log, hold=0):
    async with sem:
        log.append(f'{name}+{sem._value}')
        for _ in range(hold):
            await asyncio.sleep(0)
        log.append(f'{name}-')


async def main():
    log = []
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(sem, f'w{i}', log, i % 3) for i in range(6)))
    print(log)
    print(sem.locked(), sem._value, len(sem._waiters))

    sem = asyncio.Semaphore(0)
    a = asyncio.create_task(sem.acquire())
    b = asyncio.create_task(sem.acquire())
    c = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    print(sem.locked(), len(sem._waiters))
    a.cancel()                       # cancelled before any release
    await asyncio.sleep(0)
    sem.release()                    # b's future is woken...
    b.cancel()                       # ...and b is cancelled before it runs: the unit goes to c
    res = await asyncio.gather(a, b, c, return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res], sem._value, sem.locked())

    bs = asyncio.BoundedSemaphore(1)
    async with bs:
        t = asyncio.create_task(bs.acquire())
        await asyncio.sleep(0)
        print('queued', len(bs._waiters))
    print(await t, bs.locked())
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError', e)

    sem = asyncio.Semaphore(1)
    order = []

    async def quick(i):
        await sem.acquire()
        order.append(i)
        await asyncio.sleep(0)
        sem.release()

    await asyncio.gather(*(quick(i) for i in range(5)))
    print(order, sem._value)


asyncio.run(main())
