# Error messages for common asyncio API misuse.
import asyncio


async def coro():
    await asyncio.sleep(0)
    return 1


def check(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__)
        return r
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


async def main():
    loop = asyncio.get_running_loop()
    check("create_task(1)", lambda: asyncio.create_task(1))
    check("ensure_future(1)", lambda: asyncio.ensure_future(1))
    check("ensure_future(None)", lambda: asyncio.ensure_future(None))
    f = loop.create_future()
    check("result pending", f.result)
    check("exception pending", f.exception)
    check("set_result twice", lambda: (f.set_result(1), f.set_result(2)))
    check("set_exception(class)", lambda: loop.create_future().set_exception(ValueError))
    check("gather(1)", lambda: asyncio.gather(1))
    t = asyncio.create_task(coro())
    check("task.result pending", t.result)
    check("task.set_result", lambda: t.set_result(5))
    check("task.set_exception", lambda: t.set_exception(ValueError()))
    await t
    check("sleep negative", lambda: None)
    print(await asyncio.sleep(-1, "neg ok"))
    for bad in [None, "x"]:
        c = coro()
        try:
            await asyncio.wait_for(c, bad)
            print("wait_for", repr(bad), "ok")
        except Exception as e:
            print("wait_for", repr(bad), type(e).__name__, e)
            c.close()
    try:
        await asyncio.Event().wait_nope()
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.gather(coro(), 5)
    except TypeError as e:
        print("TypeError:", e)
    q = asyncio.Queue()
    check("Queue.get_nowait empty", q.get_nowait)
    check("run(1)", lambda: asyncio.run(1))
    c = coro()
    check("run nested", lambda: asyncio.run(c))
    await c
    check("Lock(loop=)", lambda: asyncio.Lock(loop=loop))
    check("Semaphore('a')", lambda: asyncio.Semaphore("a"))
    check("Queue(maxsize=-1) put_nowait", lambda: asyncio.Queue(maxsize=-1).put_nowait(1))
    check("as_completed(coro)", lambda: next(iter(asyncio.as_completed(coro))))


asyncio.run(main())
