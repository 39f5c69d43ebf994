import asyncio
import sys
import time


def slow_cb():
    time.sleep(0.15)
    print("slow callback done")


async def slow_task():
    time.sleep(0.2)
    print("slow task step done")


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug(), loop.slow_callback_duration)
    loop.call_soon(slow_cb)
    await asyncio.sleep(0.01)
    await slow_task()
    loop.slow_callback_duration = 1.0
    loop.call_soon(slow_cb)
    await asyncio.sleep(0.01)
    print("end")


asyncio.run(main(), debug=True)
print("finished", file=sys.stderr)
