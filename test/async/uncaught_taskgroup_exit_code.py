# An ExceptionGroup from a TaskGroup escapes asyncio.run: traceback's last line and exit code 1.
import asyncio


async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"task {n} failed")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(1))
        tg.create_task(asyncio.sleep(0.5))
    print("unreachable")


asyncio.run(main())
