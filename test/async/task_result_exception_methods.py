import asyncio


async def ok():
    await asyncio.sleep(0)
    return "fine"


async def bad():
    await asyncio.sleep(0)
    raise KeyError("missing")


async def main():
    t1 = asyncio.create_task(ok(), name="ok")
    t2 = asyncio.create_task(bad(), name="bad")
    try:
        t1.result()
    except asyncio.InvalidStateError as e:
        print("result early:", e)
    try:
        t1.exception()
    except asyncio.InvalidStateError as e:
        print("exception early:", e)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("done:", t1.done(), t2.done())
    print("t1 result:", t1.result(), "exception:", t1.exception())
    print("t2 exception:", repr(t2.exception()))
    try:
        t2.result()
    except KeyError as e:
        print("t2 result raised KeyError", e)
    t3 = asyncio.create_task(ok(), name="c")
    t3.cancel()
    await asyncio.sleep(0)
    print("t3 cancelled:", t3.cancelled(), t3.done())
    for meth in (t3.result, t3.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print(meth.__name__, "raised CancelledError", e.args)


asyncio.run(main())
