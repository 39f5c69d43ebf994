# task.cancel(msg) messages, cancelling()/uncancel() counts, and catching a cancellation.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        task = asyncio.current_task()
        print("caught", e.args, "cancelling=", task.cancelling())
        print("uncancel ->", task.uncancel(), task.cancelling())
        await asyncio.sleep(0.01)
        return "recovered"


async def double():
    t = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("double caught", e.args, t.cancelling())
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("first msg"), t.cancelling())
    print(await t, t.cancelled())

    t2 = asyncio.create_task(double())
    await asyncio.sleep(0)
    t2.cancel("one")
    t2.cancel("two")
    print("cancelling", t2.cancelling())
    try:
        await t2
    except asyncio.CancelledError as e:
        print("t2 error args", e.args)
    print(t2.cancel("again"), t2.cancelled())

    t3 = asyncio.create_task(asyncio.sleep(1))
    t3.cancel("before start")
    try:
        await t3
    except asyncio.CancelledError as e:
        print("t3", e.args)
    try:
        t3.result()
    except asyncio.CancelledError as e:
        print("result()", e.args)
    try:
        t3.exception()
    except asyncio.CancelledError as e:
        print("exception()", e.args)

    f = asyncio.get_running_loop().create_future()
    f.cancel(msg="future msg")
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("future", e.args, repr(f))

    # A cancellation message travels through an awaited inner task
    inner = asyncio.create_task(asyncio.sleep(5), name="inner")
    async def outer():
        await inner
    o = asyncio.create_task(outer(), name="outer")
    await asyncio.sleep(0)
    inner.cancel("inner msg")
    try:
        await o
    except asyncio.CancelledError as e:
        print("outer got", e.args, o.cancelled())


asyncio.run(main())
