# A semaphore limits concurrency; BoundedSemaphore refuses over-release.
import asyncio


async def fetch(sem, i, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        print(f"start {i} active={active[0]} locked={sem.locked()}")
        await asyncio.sleep(0.1 * (i % 3 + 1))
        active[0] -= 1
        print(f"end {i}")
        return i * i


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]
    res = await asyncio.gather(*(fetch(sem, i, active, peak) for i in range(6)))
    print(res, "peak", peak[0], "elapsed", round(loop.time() - t0, 1))
    print(repr(sem).split()[-1])

    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)

    s = asyncio.Semaphore(0)
    async def waiter(n):
        await s.acquire()
        print("waiter", n, "got it")
    ts = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    print("locked", s.locked())
    ts[1].cancel()
    s.release()
    s.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print([t.done() for t in ts], [t.cancelled() for t in ts])
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
