import asyncio
import time


def blocking_io(name, secs):
    time.sleep(secs)
    return f"{name} slept {secs}"


async def ticker(stop):
    n = 0
    while not stop.is_set():
        await asyncio.sleep(0.05)
        n += 1
    return n


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    tick = asyncio.create_task(ticker(stop))
    t0 = loop.time()
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, "a", 0.22),
        asyncio.to_thread(blocking_io, "b", 0.12),
    )
    print(results)
    print("parallel elapsed ~0.2:", round(loop.time() - t0, 1))
    stop.set()
    n = await tick
    print("ticker kept running:", n >= 2)


asyncio.run(main())
