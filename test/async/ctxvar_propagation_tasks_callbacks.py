import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")
depth = contextvars.ContextVar("depth")


def cb(tag):
    print(tag, "sees", request_id.get(), depth.get("unset"))


async def handler(rid):
    request_id.set(rid)
    depth.set(1)
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, f"cb-{rid}")
    await asyncio.sleep(0)
    child = asyncio.create_task(sub())
    request_id.set(rid + "-changed")
    await child
    print("handler", rid, "after child", request_id.get(), depth.get())
    return request_id.get()


async def sub():
    print("sub sees", request_id.get(), depth.get(0))
    depth.set(depth.get(0) + 1)
    return depth.get()


async def main():
    request_id.set("main")
    res = await asyncio.gather(handler("r1"), handler("r2"))
    print(res, request_id.get(), depth.get(None))
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in-ctx")
    t = asyncio.create_task(sub(), context=ctx)
    await t
    print(ctx[request_id], ctx.get(depth), request_id.get())
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "with ctx", context=ctx)
    await asyncio.sleep(0)
    tok = request_id.set("temp")
    request_id.reset(tok)
    print(request_id.get())
    try:
        request_id.reset(tok)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" ")[-4:])


asyncio.run(main())
