import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for meth in ("result", "exception"):
        try:
            getattr(f, meth)()
        except asyncio.InvalidStateError as e:
            print(meth, type(e).__name__, e, isinstance(e, Exception))
    f.set_result(1)
    for call in (lambda: f.set_result(2), lambda: f.set_exception(ValueError())):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    print(f.cancel(), f.cancelled(), f.result())
    g = loop.create_future()
    try:
        g.set_exception(StopIteration("x"))
    except TypeError as e:
        print("TypeError:", e)
    g.set_exception(KeyError)
    print(repr(g.exception()))
    g2 = loop.create_future()
    g2.cancel("why")
    try:
        g2.exception()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    try:
        g2.set_result(3)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    t = asyncio.create_task(asyncio.sleep(0, "r"))
    await t
    print(t.cancel(), t.cancelled(), t.result(), t.cancelling())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print("RuntimeError:", e)
    pending = loop.create_future()
    pending.result()


asyncio.run(main())
