# Cancelling a task that awaits another task cancels the awaited task (with the message);
# if that inner task swallows the cancel and returns, the outer gets the value and the
# cancellation is lost, though the outer's cancelling() still counts it.
import asyncio


async def inner(swallow):
    try:
        await asyncio.sleep(1)
        return "inner normal"
    except asyncio.CancelledError as e:
        print("  inner got", repr(e))
        if swallow:
            return "inner swallowed"
        raise


async def outer(swallow):
    t = asyncio.create_task(inner(swallow), name="inner")
    try:
        r = await t
        me = asyncio.current_task()
        print("  outer got", r, "cancelling", me.cancelling(), "inner cancelled", t.cancelled())
        await asyncio.sleep(0)
        print("  outer's next await is fine")
        return r
    except asyncio.CancelledError as e:
        print("  outer cancelled", repr(e), "inner cancelled", t.cancelled())
        raise


async def main():
    for swallow in (False, True):
        o = asyncio.create_task(outer(swallow), name="outer")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print("cancel ->", o.cancel("from main"))
        try:
            print("swallow", swallow, "result", await o, "cancelled", o.cancelled())
        except asyncio.CancelledError as e:
            print("swallow", swallow, "raised", repr(e))

    # The awaited task is already done when the cancel arrives: the cancel is delivered to the outer.
    async def quick():
        return "quick"
    async def outer2():
        t = asyncio.create_task(quick())
        try:
            return await t
        except asyncio.CancelledError as e:
            print("  outer2 cancelled", repr(e), "t done", t.done(), t.result())
            raise
    o = asyncio.create_task(outer2())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("o2 cancel ->", o.cancel("late"))
    try:
        await o
    except asyncio.CancelledError as e:
        print("outer2 ->", repr(e))


asyncio.run(main())
