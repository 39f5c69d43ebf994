# Done callbacks: order of registration, a raising callback routed to the loop's
# exception handler (context keys and message), later callbacks still run.
import asyncio


def handler(loop, ctx):
    exc = ctx.get("exception")
    msg = ctx["message"]
    print("handler:", msg.split(" ")[0:3], type(exc).__name__, exc, sorted(ctx))


async def main():
    loop = asyncio.get_running_loop()
    print("default handler", loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print("handler set", loop.get_exception_handler() is handler)
    fut = loop.create_future()
    order = []

    def ok(name):
        def cb(f):
            order.append(name)
            print("cb", name, "sees done", f.done(), "result", f.result())
        return cb

    def bad(f):
        order.append("bad")
        raise ZeroDivisionError("in done callback")

    fut.add_done_callback(ok("first"))
    fut.add_done_callback(bad)
    fut.add_done_callback(ok("third"))
    c4 = ok("fourth")
    fut.add_done_callback(c4)
    fut.add_done_callback(c4)
    print("removed", fut.remove_done_callback(c4))
    fut.set_result("value")
    print("set_result returned; callbacks not run yet:", order)
    await asyncio.sleep(0)
    print("after one iteration:", order)
    fut.add_done_callback(ok("late"))
    print("late not immediate:", order[-1])
    await asyncio.sleep(0)
    print(order)

    loop.call_soon(lambda: 1 / 0)
    h = loop.call_later(0.01, lambda: [][1])
    print("handle when - time", round(h.when() - loop.time(), 2))
    await asyncio.sleep(0.02)
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(None)
    print("reset", loop.get_exception_handler())


asyncio.run(main())
