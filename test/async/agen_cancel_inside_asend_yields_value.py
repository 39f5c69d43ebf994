# A task awaiting agen.asend() is cancelled while the generator awaits: the generator
# catches the CancelledError and yields a value (asend returns it), or awaits again in
# finally while being aclose()d, and that aclose is itself cancelled (CPython 3.11 then
# leaves the generator marked running: later __anext__() calls fail).
import asyncio


async def tolerant():
    while True:
        try:
            await asyncio.sleep(1)
            yield "slept"
        except asyncio.CancelledError as e:
            yield "cancel absorbed: %r" % (e.args,)


async def slow_close():
    try:
        yield 1
    finally:
        print("  slow_close finally: awaiting")
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            print("  slow_close finally cancelled", repr(e))
            raise


async def main():
    g = tolerant()
    t = asyncio.create_task(g.asend(None))
    await asyncio.sleep(0)
    t.cancel("stop asend")
    r = await t
    print("asend ->", r, "task cancelled()", t.cancelled(), "cancelling", t.cancelling())
    await g.aclose()

    h = slow_close()
    print("first", await h.__anext__())
    c = asyncio.create_task(h.aclose())
    await asyncio.sleep(0)
    print("aclose pending", not c.done(), "ag_running", h.ag_running)
    c.cancel("stop aclose")
    try:
        await c
    except asyncio.CancelledError as e:
        print("aclose task ->", repr(e))
    print("after: ag_running", h.ag_running, "ag_frame None", h.ag_frame is None)
    for label, make in (("__anext__", h.__anext__), ("asend", lambda: h.asend(None)),
                        ("athrow", lambda: h.athrow(KeyError("k"))), ("aclose", h.aclose)):
        try:
            print(label, "->", await make())
        except (StopAsyncIteration, RuntimeError) as e:
            print(label, "->", type(e).__name__, e)

    async def finally_swallows():
        try:
            yield 1
        finally:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("  swallowed in finally, awaiting once more")
                await asyncio.sleep(0)

    k = finally_swallows()
    await k.__anext__()
    c = asyncio.create_task(k.aclose())
    await asyncio.sleep(0)
    c.cancel()
    print("aclose ->", await c, "ag_running", k.ag_running)
    try:
        await k.__anext__()
    except StopAsyncIteration:
        print("finished normally: not left running")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
