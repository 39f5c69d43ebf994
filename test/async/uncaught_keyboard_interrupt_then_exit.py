# KeyboardInterrupt raised inside main propagates out of asyncio.run after the other tasks are
# cancelled; then sys.exit from a task gives the exit code.
import asyncio
import sys


async def bg():
    try:
        await asyncio.sleep(1)
    finally:
        print("bg cleanup", asyncio.current_task().cancelling())


async def main():
    t = asyncio.create_task(bg())
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("caught KeyboardInterrupt at top level")


async def quitter():
    await asyncio.sleep(0.01)
    sys.exit(3)


async def main2():
    t = asyncio.create_task(bg())
    await asyncio.create_task(quitter())
    print("unreachable")

asyncio.run(main2())
