import asyncio
import time


async def sleeper(name, d):
    await asyncio.sleep(d)
    print(name, "woke")


async def main():
    tasks = [asyncio.create_task(sleeper(n, d)) for n, d in [("late", 0.03), ("early", 0.01), ("mid", 0.02)]]
    await asyncio.sleep(0)
    print("blocking the loop past all deadlines")
    time.sleep(0.05)
    print("unblocked")
    await asyncio.gather(*tasks)
    print("wake order still follows deadlines")
    p0 = time.perf_counter()
    time.sleep(0.01)
    print("perf_counter advanced:", time.perf_counter() > p0)


asyncio.run(main())
