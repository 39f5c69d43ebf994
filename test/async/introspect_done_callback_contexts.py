# add_done_callback ordering, remove_done_callback counts, callbacks on already-done futures.
import asyncio
import functools


def cb(tag, fut):
    state = "cancelled" if fut.cancelled() else repr(fut.exception() or fut.result())
    print("cb", tag, state)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for tag in "abc":
        f.add_done_callback(functools.partial(cb, tag))
    c2 = functools.partial(cb, "x")
    f.add_done_callback(c2)
    f.add_done_callback(c2)
    print("removed", f.remove_done_callback(c2))
    print("removed again", f.remove_done_callback(c2))
    loop.call_soon(print, "call_soon before set_result")
    f.set_result(42)
    loop.call_soon(print, "call_soon after set_result")
    f.add_done_callback(functools.partial(cb, "late"))
    await asyncio.sleep(0)
    print("--")

    async def work():
        return "task-result"
    t = asyncio.create_task(work())
    t.add_done_callback(functools.partial(cb, "t1"))
    t.add_done_callback(lambda fut: print("lambda sees", fut.result()))
    await t
    print("after await t")
    await asyncio.sleep(0)
    print("--")

    t2 = asyncio.create_task(asyncio.sleep(1))
    t2.add_done_callback(functools.partial(cb, "t2"))
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled")
    await asyncio.sleep(0)

    f3 = loop.create_future()
    f3.add_done_callback(functools.partial(cb, "exc"))
    f3.set_exception(KeyError("k"))
    await asyncio.sleep(0)
    try:
        f3.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f3.set_exception(StopIteration())
    except (TypeError, asyncio.InvalidStateError) as e:
        print(type(e).__name__, e)
    f4 = loop.create_future()
    try:
        f4.set_exception(StopIteration("x"))
    except TypeError as e:
        print("TypeError:", e)
    try:
        f4.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f4.cancel()


asyncio.run(main())
