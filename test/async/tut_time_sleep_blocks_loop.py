"""Classic tutorial mistake: time.sleep() inside a coroutine blocks every other task."""
import asyncio
import time


async def heartbeat(log: list, stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    while not stop.is_set():
        log.append(round(loop.time() - t0, 1))
        await asyncio.sleep(0.1)


async def bad_job() -> str:
    time.sleep(0.32)  # blocks the loop
    return "bad done"


async def good_job() -> str:
    await asyncio.sleep(0.32)
    return "good done"


async def run_with_heartbeat(job) -> None:
    log: list[float] = []
    stop = asyncio.Event()
    hb = asyncio.create_task(heartbeat(log, stop))
    await asyncio.sleep(0)
    start = time.perf_counter()
    result = await job()
    elapsed = time.perf_counter() - start
    stop.set()
    await hb
    print(f"{job.__name__}: {result}, elapsed~{elapsed:.1f}s, beats during job={log}")


async def main():
    await run_with_heartbeat(good_job)
    await run_with_heartbeat(bad_job)
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    fired = []
    loop.call_later(0.05, fired.append, "timer")
    time.sleep(0.2)
    await asyncio.sleep(0)
    late = loop.time() - t0
    print("timer fired after blocking sleep:", fired, f"late={late >= 0.2}")


asyncio.run(main())
