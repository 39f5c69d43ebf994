# asyncio.timeout() entered by a task that already has an outstanding cancel request
# (cancelling() == 1, swallowed earlier): the timeout still becomes TimeoutError; an
# external cancel during the block stays CancelledError; counts at every step.
import asyncio


async def worker():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowed first cancel; cancelling", me.cancelling())
    try:
        async with asyncio.timeout(0.05) as cm:
            print("in block; cancelling", me.cancelling())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), "cancelling", me.cancelling(), "expired", cm.expired())
    except asyncio.CancelledError as e:
        print("CancelledError (unexpected?)", repr(e), "cancelling", me.cancelling())
    try:
        async with asyncio.timeout(0.5):
            await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("external cancel inside timeout", repr(e), "cancelling", me.cancelling())
        print("uncancel ->", me.uncancel(), me.uncancel())
    await asyncio.sleep(0.01)
    return "done"


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel("first")
    await asyncio.sleep(0.1)
    print("t", int((loop.time() - t0) * 20 + 1e-6))
    t.cancel("second")
    print("result", await t, "cancelled", t.cancelled(), int((loop.time() - t0) * 20 + 1e-6))


asyncio.run(main())
