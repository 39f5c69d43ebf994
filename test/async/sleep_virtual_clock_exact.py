# Timings: sequential vs concurrent sleeps, wait_for deadlines and loop.time arithmetic.
import asyncio
import time


async def nap(d):
    await asyncio.sleep(d)
    return d


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    for d in (0.1, 0.2, 0.3):
        await nap(d)
    print("sequential", round(loop.time() - t0, 1))
    t0 = loop.time()
    print(await asyncio.gather(nap(0.3), nap(0.1), nap(0.2)))
    print("concurrent", round(loop.time() - t0, 1))
    t0 = loop.time()
    done, _ = await asyncio.wait([asyncio.create_task(nap(x / 10)) for x in range(1, 6)], timeout=0.27)
    print(sorted(t.result() for t in done), round(loop.time() - t0, 1))
    t0 = time.monotonic()
    await asyncio.sleep(0.5)
    print("monotonic", round(time.monotonic() - t0, 1))
    t0 = time.perf_counter()
    time.sleep(0.2)
    print("blocking sleep", round(time.perf_counter() - t0, 1))
    deadline = loop.time() + 0.3
    n = 0
    while loop.time() < deadline:
        await asyncio.sleep(0.07)
        n += 1
    print("iterations", n)


asyncio.run(main())
