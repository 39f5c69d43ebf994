import asyncio


async def stubborn():
    try:
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print("stubborn swallowed cancel, returning value")
        return "swallowed"


async def main():
    r = await asyncio.wait_for(stubborn(), 0.01)
    print("wait_for returned:", r)
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    r = await t
    print("task returned:", r, "cancelled:", t.cancelled())


asyncio.run(main())
