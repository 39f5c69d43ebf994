# A child raises KeyboardInterrupt: it propagates out of run_until_complete immediately;
# asyncio.run still cancels the main task and the other tasks, which clean up. (Main awaits the
# bystander, so the order asyncio.run cancels them in, a set's, does not change what runs.)
import asyncio


async def bomber():
    await asyncio.sleep(0.01)
    print("bomber raises KeyboardInterrupt", flush=True)
    raise KeyboardInterrupt


async def bystander():
    try:
        await asyncio.sleep(10)
    finally:
        print("bystander cleanup", flush=True)


async def main():
    asyncio.create_task(bomber())
    b = asyncio.create_task(bystander())
    try:
        await b
    except asyncio.CancelledError as e:
        print("main cancelled", repr(e), flush=True)
        raise
    finally:
        print("main finally", flush=True)


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt caught at top level")
