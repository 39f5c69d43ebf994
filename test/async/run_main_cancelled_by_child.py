# A child task cancels the main task: asyncio.run() re-raises CancelledError with the
# message; the exit code and last stderr line match CPython.
import asyncio


async def killer(main_task):
    await asyncio.sleep(0.01)
    print("killer cancels main:", main_task.cancel("killed by child"), flush=True)


async def main():
    asyncio.create_task(killer(asyncio.current_task()))
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally, cancelling", asyncio.current_task().cancelling(), flush=True)


asyncio.run(main())
