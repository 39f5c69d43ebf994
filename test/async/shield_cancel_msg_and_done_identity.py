# shield(): outer cancel(msg) leaves the inner running; the outer's error message;
# shield of a done future returns it; the inner failing after the outer was cancelled.
import asyncio


async def work(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError("inner failed late")
    return "work done"


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    f = loop.create_future()
    f.set_result(1)
    print("shield(done) is same:", asyncio.shield(f) is f)
    inner = asyncio.create_task(work(0.05))
    s = asyncio.shield(inner)
    print("shield(task) is same:", s is inner, type(s).__name__)
    await asyncio.sleep(0)
    print("cancel outer ->", s.cancel("shield-msg"))
    try:
        await s
    except asyncio.CancelledError as e:
        print("outer raised", repr(e), "inner done", inner.done())
    print("inner ->", await inner, int((loop.time() - t0) * 10 + 1e-6))

    failing = asyncio.create_task(work(0.05, fail=True))

    async def caller():
        return await asyncio.shield(failing)

    c = asyncio.create_task(caller())
    await asyncio.sleep(0.01)
    c.cancel("caller-msg")
    try:
        await c
    except asyncio.CancelledError as e:
        print("caller raised", repr(e))
    await asyncio.sleep(0.1)
    print("after inner failure", int((loop.time() - t0) * 10 + 1e-6), repr(failing.exception()))
    inner2 = asyncio.create_task(work(0.01))
    s2 = asyncio.shield(inner2)
    inner2.cancel("inner-cancel")
    try:
        await s2
    except asyncio.CancelledError as e:
        print("inner cancelled -> outer", repr(e), s2.cancelled())


asyncio.run(main())
