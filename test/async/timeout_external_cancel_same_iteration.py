# An external cancel() and a timeout expiring in the same loop iteration: the
# CancelledError wins (cancelling() > 1 at exit), no TimeoutError.
import asyncio


async def body(box):
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.05) as cm:
            box.append(cm)
            await asyncio.sleep(1)
    except TimeoutError:
        print("TimeoutError (unexpected)")
        return "timeout"
    except asyncio.CancelledError as e:
        print("CancelledError", repr(e), "expired", cm.expired(),
              "cancelling", asyncio.current_task().cancelling())
        raise


async def main():
    loop = asyncio.get_running_loop()
    box = []
    t = asyncio.create_task(body(box))
    await asyncio.sleep(0)
    # Fire the external cancel from a timer due at the same instant as the timeout.
    loop.call_at(box[0].when(), t.cancel, "external")
    try:
        await t
    except asyncio.CancelledError as e:
        print("task ->", repr(e), t.cancelled())

    t = asyncio.create_task(body(box))
    await asyncio.sleep(0.01)
    t.cancel("first")
    try:
        await t
    except asyncio.CancelledError as e:
        print("task2 ->", repr(e), "expired", box[-1].expired())


asyncio.run(main())
