import asyncio

async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            me = asyncio.current_task()
            print("caught cancel", i, "cancelling =", me.cancelling())
            print("uncancel ->", me.uncancel())
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("cancel:", t.cancel(), t.cancel(), "cancelling =", t.cancelling())
    await asyncio.sleep(0)
    t.cancel("again")
    print("cancelling =", t.cancelling())
    print(await t)
    print("after done: cancel() ->", t.cancel(), "cancelling =", t.cancelling(), "uncancel ->", t.uncancel())
    me = asyncio.current_task()
    print("main uncancel at zero:", me.uncancel(), me.cancelling())
    t2 = asyncio.create_task(asyncio.sleep(5))
    t2.cancel()
    t2.uncancel()
    print("pending cancel survives uncancel:", t2.cancelling())
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled anyway:", t2.cancelled())
    async with asyncio.timeout(0.5):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inside timeout: cancelling =", me.cancelling())
            raise
        finally:
            print("finally")
asyncio.run(main())
