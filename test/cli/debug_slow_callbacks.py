# asyncio debug mode logs what held the loop for slow_callback_duration or more: a task step
# that blocks in time.sleep, and a plain callback; quick steps are not logged.
import asyncio
import time


def blocking_callback(n):
    time.sleep(0.12)
    print("callback", n)


async def blocker():
    await asyncio.sleep(0)
    time.sleep(0.22)
    return 1


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    t = asyncio.create_task(blocker())
    loop.call_soon(blocking_callback, 7)
    print(await t)
    loop.slow_callback_duration = 0.5
    time.sleep(0.3)
    await asyncio.sleep(0)
    loop.slow_callback_duration = 0.05
    time.sleep(0.06)
    await asyncio.sleep(0.01)


asyncio.run(main(), debug=True)
