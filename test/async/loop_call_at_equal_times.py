# call_soon / call_later / call_at ordering: equal deadlines run in scheduling order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    base = loop.time() + 0.1
    for i in range(5):
        loop.call_at(base, log.append, f"at{i}")
    loop.call_later(0.05, log.append, "later-0.05")
    loop.call_soon(log.append, "soon1")
    h = loop.call_at(base, log.append, "cancelled")
    loop.call_later(0, log.append, "later0")
    loop.call_soon(log.append, "soon2")
    loop.call_later(-1, log.append, "later-neg")
    h.cancel()
    print(h.cancelled(), h.when() == base)
    await asyncio.sleep(0.2)
    print(log)

    # callbacks scheduled from a callback run in the next iteration
    order = []
    def first():
        order.append("first")
        loop.call_soon(order.append, "nested-soon")
    loop.call_soon(first)
    loop.call_soon(order.append, "second")
    await asyncio.sleep(0)
    print(order)
    await asyncio.sleep(0)
    print(order)

    # Exceptions in callbacks go to the exception handler, not the caller
    def handler(loop, context):
        print("handler:", context["message"], repr(context.get("exception")))
    loop.set_exception_handler(handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print("still running")
    try:
        loop.call_soon(print, "x", flag=True)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_soon("notcallable")
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)
    loop.set_debug(True)
    try:
        loop.call_soon("notcallable")
    except TypeError as e:
        print("debug TypeError:", e)
    loop.set_debug(False)


asyncio.run(main())
