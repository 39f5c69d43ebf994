# loop.time() never goes backwards, advances by at least the slept delay, agrees with
# time.monotonic(), and timers scheduled with call_at fire no earlier than their `when`.
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    samples = [loop.time()]
    for d in (0, 0.1, 0, 0.25, 0.5):
        await asyncio.sleep(d)
        samples.append(loop.time())
    print("non-decreasing:", all(b >= a for a, b in zip(samples, samples[1:])))
    print("advanced at least 0.85:", samples[-1] - samples[0] >= 0.85)
    m0, t0 = time.monotonic(), loop.time()
    await asyncio.sleep(0.3)
    dm, dt = time.monotonic() - m0, loop.time() - t0
    # (Differences of loop times may round 1 ulp below the delay on a virtual clock.)
    print("monotonic and loop.time agree:", abs(dm - dt) < 0.05, dt >= 0.3 - 1e-9)
    fired = []
    base = loop.time()
    for k in (0.3, 0.1, 0.2, 0.1):
        loop.call_at(base + k, lambda k=k: fired.append((k, loop.time() - base >= k - 1e-9)))
    await asyncio.sleep(0.5)
    print("fired in order, never early:", fired)
    h = loop.call_at(base, print, "past deadline fires at the next iteration")
    print("when in the past:", h.when() < loop.time())
    await asyncio.sleep(0)
    print("perf_counter moves too:", time.perf_counter() >= 0)

asyncio.run(main())
