# Done callbacks are snapshotted when the future completes: removing or adding callbacks
# from inside a running callback affects only later registrations; context= is honoured.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    log = []

    def c1(f):
        log.append("c1")
        print("c1 removes c2 ->", f.remove_done_callback(c2))
        f.add_done_callback(c_late)

    def c2(f):
        log.append("c2")

    def c_late(f):
        log.append("late var=" + var.get())

    def c_ctx(f):
        log.append("ctx var=" + var.get())

    fut.add_done_callback(c1)
    fut.add_done_callback(c2)
    ctx = contextvars.copy_context()
    ctx.run(var.set, "in-ctx")
    fut.add_done_callback(c_ctx, context=ctx)
    var.set("main")
    fut.set_result(None)
    print("scheduled; remove c2 now ->", fut.remove_done_callback(c2))
    await asyncio.sleep(0)
    print(log)
    await asyncio.sleep(0)
    print(log)
    t = asyncio.create_task(asyncio.sleep(0))
    t.add_done_callback(lambda f: log.append("task cb cancelled=%s" % f.cancelled()))
    t.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log[-1])


asyncio.run(main())
