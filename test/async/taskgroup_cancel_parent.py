import asyncio


async def child(name):
    try:
        await asyncio.sleep(0.3)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("k1"))
            await asyncio.sleep(0)
            print("k1 started; parent still inside the group body")
            print("parent waiting in group")
        print("not reached")
    except asyncio.CancelledError:
        print("parent sees CancelledError")
        raise


async def main():
    t = asyncio.create_task(parent(), name="parent")
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent task cancelled:", t.cancelled())


asyncio.run(main())
