import asyncio


async def with_cleanup():
    try:
        await asyncio.sleep(0.3)
    finally:
        print("cleanup start")
        await asyncio.sleep(0.01)
        print("cleanup awaited sleep and finished")


async def main():
    t = asyncio.create_task(with_cleanup())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("task done after one yield?", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled after cleanup")
    t2 = asyncio.create_task(with_cleanup())
    await asyncio.sleep(0)
    t2.cancel()
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("second cancel interrupted the cleanup")


asyncio.run(main())
