# KeyboardInterrupt raised inside a task propagates out of asyncio.run (exit code 130? no: 1 + traceback).
import asyncio


async def bg():
    try:
        await asyncio.sleep(1)
    finally:
        print("bg cleanup")


async def main():
    t = asyncio.create_task(bg())
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("caught KeyboardInterrupt at top level")
asyncio.run(main())
