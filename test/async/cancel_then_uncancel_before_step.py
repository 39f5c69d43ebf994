# Python 3.11: uncancel() only lowers the count; a cancel() whose delivery is pending
# (the task is scheduled, not waiting on a future) is still delivered after uncancel().
import asyncio


async def worker(log):
    me = asyncio.current_task()
    for i in range(3):
        try:
            await asyncio.sleep(0)
            log.append(("step", i, me.cancelling()))
        except asyncio.CancelledError as e:
            log.append(("cancelled", i, e.args, me.cancelling()))
    return "finished"


async def main():
    log = []
    t = asyncio.create_task(worker(log))
    print("cancel before start ->", t.cancel("early"), "uncancel ->", t.uncancel(), "cancelling", t.cancelling())
    await asyncio.sleep(0)
    print("done after first step?", t.done(), "cancelled?", t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("task ->", repr(e))

    log.clear()
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0)
    # the worker is now scheduled (bare yield): no future to cancel
    print("cancel while scheduled ->", t.cancel("mid"), "uncancel ->", t.uncancel())
    print("result", await t, log)

    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    async def waits():
        try:
            return await fut
        except asyncio.CancelledError as e:
            return "cancelled with %r, cancelling %d" % (e.args, asyncio.current_task().cancelling())

    t = asyncio.create_task(waits())
    await asyncio.sleep(0)
    print("cancel while waiting ->", t.cancel("w"), "fut cancelled", fut.cancelled(), "uncancel ->", t.uncancel())
    print("result", await t)
    print("uncancel on done task ->", t.uncancel(), t.uncancel())


asyncio.run(main())
