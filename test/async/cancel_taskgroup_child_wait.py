import asyncio


async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "done")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(child("a", 0.3))
        b = tg.create_task(child("b", 0.01))
        await asyncio.sleep(0)
        a.cancel()
    print("group finished normally; a cancelled:", a.cancelled(), "b:", b.done())


asyncio.run(main())
