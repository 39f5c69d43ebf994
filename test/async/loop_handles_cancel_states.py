# call_soon/call_later/call_at handles: cancel before running, cancel after running,
# cancelled() and when(), cancelling a timer from another callback due at the same time.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    log = []

    def cb(name):
        log.append((name, int((loop.time() - t0) * 20 + 1e-6)))

    h1 = loop.call_soon(cb, "soon1")
    h2 = loop.call_soon(cb, "soon2")
    h2.cancel()
    print("h2 cancelled", h2.cancelled(), "h1", h1.cancelled())
    await asyncio.sleep(0)
    print("after iteration", log)
    h1.cancel()
    print("cancel after run -> cancelled()", h1.cancelled())
    t1 = loop.call_later(0.05, cb, "t1")
    t2 = loop.call_at(t1.when(), cb, "t2")
    t3 = loop.call_at(t1.when(), cb, "t3")
    killer = loop.call_at(t1.when() - 0.02, t3.cancel)
    print("t1 == t2 when", t1.when() == t2.when(), "t1 < t2", t1 < t2, "t1 == t1", t1 == t1)
    t2.cancel()
    t2.cancel()
    print("t2 cancelled", t2.cancelled(), "when still", int((t2.when() - t0) * 20 + 1e-6))
    await asyncio.sleep(0.1)
    print(log, "t3 cancelled", t3.cancelled(), "killer cancelled", killer.cancelled())
    same = []
    a = loop.call_later(0.03, lambda: (same.append("a"), b.cancel()))
    b = loop.call_later(0.03, lambda: same.append("b"))
    await asyncio.sleep(0.06)
    print("same-deadline cancel:", same)
    h = loop.call_soon(cb, "x")
    r = repr(h)
    print("repr pending:", r[: r.index("(")])
    h.cancel()
    print("repr cancelled:", repr(h))
    try:
        loop.call_soon(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_later(None, cb)
    except TypeError as e:
        print("TypeError:", type(e).__name__)
    await asyncio.sleep(0)


asyncio.run(main())
