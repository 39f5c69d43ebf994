import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what, round(time.monotonic() - START, 1))
    return what.upper()


async def main():
    global START
    START = time.monotonic()
    print(f"started at {time.strftime('%X') is not None}")
    r = await asyncio.gather(say_after(1, "hello"), say_after(2, "world"), say_after(0.5, "first"))
    print(r)
    t1 = asyncio.create_task(say_after(0.3, "a"))
    t2 = asyncio.create_task(say_after(0.3, "b"))
    print(await t2, await t1)
    print("elapsed", round(time.monotonic() - START, 1))
    loop = asyncio.get_running_loop()
    print(type(loop).__name__, loop.is_running(), loop.is_closed(), loop.get_debug())


START = 0.0
asyncio.run(main())
