# Ctrl+C while the loop waits (on the real clock): asyncio.run cancels the main task, the tasks
# clean up, and the run ends in KeyboardInterrupt. The test sends SIGINT once "started" is out.
import asyncio


async def ticker():
    try:
        while True:
            await asyncio.sleep(0.05)
    finally:
        print("ticker cleanup")


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print("started", flush=True)
    try:
        await asyncio.sleep(100)
    finally:
        print("main cleanup")

asyncio.run(main())
