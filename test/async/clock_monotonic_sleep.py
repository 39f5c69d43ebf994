import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    m0 = time.monotonic()
    l0 = loop.time()
    await asyncio.sleep(0.3)
    print("monotonic diff:", round(time.monotonic() - m0, 1))
    print("loop.time diff:", round(loop.time() - l0, 1))
    m1 = time.monotonic()
    await asyncio.gather(asyncio.sleep(0.1), asyncio.sleep(0.1))
    print("concurrent sleeps overlap:", round(time.monotonic() - m1, 1))
    m2 = time.monotonic()
    await asyncio.sleep(0)
    print("sleep(0) takes ~0:", round(time.monotonic() - m2, 1))


asyncio.run(main())
