# Under --clock realtime too, a blocking call sent to a thread leaves the loop running beside it
# (wide margins: this runs on the real clock).
import asyncio
import time


def blocking(seconds):
    time.sleep(seconds)
    return seconds


async def ticker(ticks):
    while True:
        ticks.append(1)
        await asyncio.sleep(0.05)


async def main():
    ticks = []
    t = asyncio.create_task(ticker(ticks))
    start = time.monotonic()
    print(await asyncio.to_thread(blocking, 0.3))
    print("loop ran beside the thread:", len(ticks) >= 3)
    print("waited for the thread:", time.monotonic() - start >= 0.3)
    t.cancel()


asyncio.run(main())
