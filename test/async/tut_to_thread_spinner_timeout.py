"""Spinner keeps turning while blocking work runs in threads; wait_for gives up on a slow thread."""
import asyncio
import itertools
import time


def slow_compute(seconds: float, value: int) -> int:
    time.sleep(seconds)
    return value * 2


async def spinner(msg: str, frames: list) -> None:
    for ch in itertools.cycle("|/-\\"):
        frames.append(ch)
        try:
            await asyncio.sleep(0.04)
        except asyncio.CancelledError:
            break
    frames.append("done")


async def supervisor() -> int:
    frames: list[str] = []
    spin = asyncio.create_task(spinner("thinking!", frames))
    print(f"spinner object: {spin.get_name()}")
    result = await asyncio.to_thread(slow_compute, 0.1, 21)
    spin.cancel()
    await spin
    print(f"spinner turned while waiting: {len(frames) - 1 >= 3} ({''.join(frames[:3])}...) last={frames[-1]}")
    return result


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print("Answer:", await supervisor())
    print(f"supervisor took about {round(loop.time() - t0, 1)}s")

    t0 = loop.time()
    results = await asyncio.gather(*(asyncio.to_thread(slow_compute, 0.08 - 0.02 * i, i) for i in range(4)))
    print(f"4 threads, at most 0.08s each -> {results} in {loop.time() - t0:.1f}s")

    t0 = loop.time()
    try:
        await asyncio.wait_for(asyncio.to_thread(slow_compute, 0.16, 1), timeout=0.05)
    except asyncio.TimeoutError:
        print(f"gave up after >= 0.05s: {loop.time() - t0 >= 0.05} (the thread keeps running)")

    ticks = 0
    fut = asyncio.ensure_future(asyncio.to_thread(slow_compute, 0.035, 5))
    while not fut.done():
        ticks += 1
        await asyncio.sleep(0.01)
    print("polled", ticks, "times; result", fut.result())


t = time.perf_counter()
asyncio.run(main())
print(f"asyncio.run waited for the slow thread: {time.perf_counter() - t >= 0.3}")
