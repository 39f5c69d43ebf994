# Cancelling the task that is inside wait_for(): the message reaches the inner task,
# the outer gets the inner's CancelledError; inner swallowing yields a result.
import asyncio


async def inner(swallow):
    try:
        await asyncio.sleep(1)
        return "inner done"
    except asyncio.CancelledError as e:
        print("  inner cancelled", e.args)
        if swallow:
            await asyncio.sleep(0.02)
            return "inner swallowed"
        raise


async def outer(swallow, box):
    t = asyncio.ensure_future(inner(swallow))
    box.append(t)
    try:
        r = await asyncio.wait_for(t, 0.5)
        print("  outer got", r, "cancelling", asyncio.current_task().cancelling())
        return r
    except asyncio.CancelledError as e:
        print("  outer cancelled", repr(e))
        raise


async def main():
    loop = asyncio.get_running_loop()
    for swallow in (False, True):
        box = []
        t0 = loop.time()
        o = asyncio.create_task(outer(swallow, box))
        await asyncio.sleep(0.1)
        o.cancel("from main")
        try:
            print("swallow", swallow, "->", await o)
        except asyncio.CancelledError as e:
            print("swallow", swallow, "raised", repr(e))
        i = box[0]
        print("  inner state cancelled", i.cancelled(), "done", i.done(), int((loop.time() - t0) * 10 + 1e-6))


asyncio.run(main())
