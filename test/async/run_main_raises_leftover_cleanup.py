# asyncio.run(): main raises while another task is pending; it is cancelled and runs its
# cleanup (awaiting inside finally) before the traceback is printed; the exit code is 1.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("worker cancelled", e.args, asyncio.current_task().cancelling(), flush=True)
        raise
    finally:
        print("worker finally", flush=True)
        await asyncio.sleep(0.01)
        print("worker finally after await", flush=True)


async def main():
    asyncio.create_task(worker(), name="w")
    await asyncio.sleep(0)
    raise LookupError("main failed")


asyncio.run(main())
