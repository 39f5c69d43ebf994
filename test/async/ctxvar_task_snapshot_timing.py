# A task's context is copied when the task is created: changes the creator makes afterwards, before
# the task first runs, are not seen; the task's own changes last across its steps; a context passed
# explicitly is shared.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def child(tag):
    print(tag, "first step sees", var.get())
    var.set(f"{tag}-own")
    await asyncio.sleep(0)
    print(tag, "second step sees", var.get())
    await asyncio.sleep(0.01)
    print(tag, "after a timer sees", var.get())
    return var.get()


async def main():
    var.set("before")
    t1 = asyncio.create_task(child("t1"))
    var.set("after")
    t2 = asyncio.create_task(child("t2"))
    ctx = contextvars.copy_context()
    t3 = asyncio.get_running_loop().create_task(child("t3"), context=ctx)
    var.set("main-later")
    print(await asyncio.gather(t1, t2, t3))
    print("ctx now holds", ctx[var])
    print("main sees", var.get())
    loop = asyncio.get_running_loop()
    seen = []
    loop.call_soon(lambda: seen.append(var.get()))
    var.set("changed-after-call_soon")
    await asyncio.sleep(0)
    print("callback saw", seen)


asyncio.run(main())
