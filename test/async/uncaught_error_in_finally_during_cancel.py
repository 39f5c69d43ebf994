import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("worker cleanup")
        raise RuntimeError("cleanup failed")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
    except RuntimeError as e:
        print("got", repr(e), repr(e.__context__))
    t2 = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t2.cancel()
    await t2


asyncio.run(main())
