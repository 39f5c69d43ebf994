# result()/exception() of cancelled tasks and futures: the first call returns the
# exception the task raised, later calls build fresh ones; messages and __context__.
import asyncio


async def raiser():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        raise asyncio.CancelledError("replaced") from None


async def plain():
    await asyncio.sleep(1)


def grab(label, f):
    try:
        f()
        print(label, "no error")
        return None
    except BaseException as e:
        print(label, type(e).__name__, repr(e), "ctx", repr(e.__context__), "cause", repr(e.__cause__))
        return e


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(raiser())
    await asyncio.sleep(0)
    t.cancel("orig")
    await asyncio.sleep(0)
    print("cancelled", t.cancelled(), "done", t.done())
    e1 = grab("result#1", t.result)
    e2 = grab("result#2", t.result)
    e3 = grab("exception#1", t.exception)
    print("same object 1/2:", e1 is e2, "2/3:", e2 is e3)

    t = asyncio.create_task(plain())
    await asyncio.sleep(0)
    t.cancel("m")
    await asyncio.sleep(0)
    e1 = grab("plain exception#1", t.exception)
    e2 = grab("plain result#2", t.result)
    print("same:", e1 is e2)

    f = loop.create_future()
    f.cancel("fmsg")
    e1 = grab("future result", f.result)
    e2 = grab("future exception", f.exception)
    print("same:", e1 is e2)
    f = loop.create_future()
    f.cancel()
    grab("future nomsg", f.result)
    print("cancel again", f.cancel("x"))
    grab("future nomsg after 2nd cancel", f.result)
    f = loop.create_future()
    grab("pending result", f.result)
    grab("pending exception", f.exception)
    f.set_exception(KeyError("k"))
    grab("exc result", f.result)
    print("exception() ->", repr(f.exception()))
    grab("set_result on done", lambda: f.set_result(1))
    grab("set_exception on done", lambda: f.set_exception(ValueError()))
    print("cancel on done", f.cancel())


asyncio.run(main())
