# gather() with the same coroutine/future twice, already-done futures, an empty
# gather, and the first exception winning while later ones are marked retrieved.
import asyncio


async def val(x, d=0):
    await asyncio.sleep(d)
    return x


async def boom(msg, d):
    await asyncio.sleep(d)
    raise ValueError(msg)


async def main():
    loop = asyncio.get_running_loop()
    c = val(1)
    print("same coro twice", await asyncio.gather(c, c))
    f = loop.create_future()
    f.set_result("done")
    print("done future", await asyncio.gather(f, f, val(2)))
    e = asyncio.gather()
    print("empty done", e.done(), e.result(), "cancel", e.cancel())
    f2 = loop.create_future()
    f2.set_exception(KeyError("pre"))
    try:
        await asyncio.gather(val(3, 0.01), f2)
    except KeyError as ex:
        print("pre-failed future ->", repr(ex))
    t1 = asyncio.create_task(boom("first", 0.01))
    t2 = asyncio.create_task(boom("second", 0.02))
    try:
        await asyncio.gather(t1, t2)
    except ValueError as ex:
        print("gather ->", repr(ex), "t2 done", t2.done())
    await asyncio.sleep(0.05)
    print("t2", t2.done(), repr(t2.exception()))
    fc = loop.create_future()
    fc.cancel("pre-cancelled")
    r = await asyncio.gather(fc, val(4), return_exceptions=True)
    print("pre-cancelled ->", [repr(x) for x in r])
    try:
        await asyncio.gather(fc, val(5))
    except asyncio.CancelledError as ex:
        print("pre-cancelled raise ->", repr(ex))


asyncio.run(main())
