# A task swallows cancellation and keeps working: cancelling() stays raised until
# uncancel(), later awaits still work, and a later cancel() hits the next await.
import asyncio


async def stubborn(log):
    me = asyncio.current_task()
    for i in range(3):
        try:
            await asyncio.sleep(1)
            log.append(("slept", i))
        except asyncio.CancelledError as e:
            log.append(("swallowed", i, e.args, me.cancelling()))
            print("swallowed", i, e.args, "cancelling", me.cancelling())
    print("before uncancel", me.cancelling())
    print("uncancel ->", me.uncancel(), me.uncancel(), me.uncancel())
    print("after", me.cancelling())
    await asyncio.sleep(0.1)
    return "finished"


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    log = []
    t = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0.1)
    print("cancel ->", t.cancel("one"), t.cancelling())
    await asyncio.sleep(0.1)
    print("cancel ->", t.cancel("two"), t.cancelling())
    print("cancel ->", t.cancel("three"), t.cancelling())
    await asyncio.sleep(0.1)
    print("done?", t.done(), "t=", int((loop.time() - t0) * 10 + 1e-6))
    r = await t
    print("result", r, "cancelled", t.cancelled(), "cancelling", t.cancelling())
    print("t=", int((loop.time() - t0) * 10 + 1e-6))
    print(log)


asyncio.run(main())
