import asyncio
import math
import time


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        await asyncio.wait_for(asyncio.sleep(math.inf), 0.05)
    except asyncio.TimeoutError:
        print("inf sleep timed out", round(loop.time() - t0, 1))
    h = loop.call_later(math.inf, print, "never")
    print(h.when() == math.inf)
    h.cancel()
    try:
        await asyncio.sleep(math.nan)
        print("nan sleep returned")
    except Exception as e:
        print(type(e).__name__, e)
    ns0 = time.monotonic_ns()
    p0 = time.perf_counter_ns()
    await asyncio.sleep(0.25)
    print("monotonic_ns delta >= 0.25s:", time.monotonic_ns() - ns0 >= 250_000_000)
    print("perf_counter_ns delta >= 0.25s:", time.perf_counter_ns() - p0 >= 250_000_000)
    w0 = time.time()
    time.sleep(0.1)
    print("time.time moved:", round(time.time() - w0, 1))
    print(type(time.time_ns()).__name__, type(loop.time()).__name__)
    async with asyncio.timeout(math.inf) as cm:
        await asyncio.sleep(0.01)
    print(cm.when() == math.inf, cm.expired())
    try:
        await asyncio.wait_for(asyncio.sleep(0.01, "v"), math.inf)
        print("inf wait_for ok")
    except Exception as e:
        print(type(e).__name__, e)


asyncio.run(main())
