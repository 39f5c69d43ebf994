import asyncio
import time


async def blocker():
    print("blocker: time.sleep starts (loop blocked)")
    time.sleep(0.03)
    print("blocker: time.sleep done")
    await asyncio.sleep(0)
    print("blocker: after yielding")


async def other(name):
    for i in range(2):
        print(name, "tick", i)
        await asyncio.sleep(0)


async def main():
    ts = [asyncio.create_task(other("o1")), asyncio.create_task(blocker()),
          asyncio.create_task(other("o2"))]
    await asyncio.gather(*ts)
    loop = asyncio.get_running_loop()
    fired = []
    loop.call_later(0.01, fired.append, "timer")
    time.sleep(0.03)
    print("timer fired during time.sleep?", fired)
    await asyncio.sleep(0)
    print("after one yield:", fired)
    await asyncio.sleep(0)
    print("after two yields:", fired)


asyncio.run(main())
