import asyncio
import time


async def main():
    t = time.monotonic()
    await asyncio.sleep(0.2)
    d = time.monotonic() - t
    print(d >= 0.2, d == 0.2)


asyncio.run(main())
