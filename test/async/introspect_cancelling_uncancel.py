import asyncio


async def resilient():
    me = asyncio.current_task()
    for i in range(3):
        try:
            await asyncio.sleep(0.3)
        except asyncio.CancelledError:
            print("round", i, "cancelling() =", me.cancelling())
            left = me.uncancel()
            print("  uncancel ->", left)
    return "survived"


async def main():
    t = asyncio.create_task(resilient(), name="r")
    await asyncio.sleep(0)
    print("initial cancelling:", t.cancelling())
    t.cancel()
    t.cancel()
    print("after two cancel():", t.cancelling())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    t.cancel()
    print(await t, "cancelled():", t.cancelled())
    me = asyncio.current_task()
    print("main uncancel at zero:", me.uncancel(), me.cancelling())


asyncio.run(main())
