# gather().cancel() when every child is already done but the gather's own callbacks have
# not run yet: cancel() returns False and the gather completes normally.
import asyncio


async def val(x):
    return x


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(val(1))
    b = asyncio.create_task(val(2))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    print("children done", a.done(), b.done(), "gather done", g.done())
    print("cancel ->", g.cancel("too late"))
    print("gather result", await g, "cancelled", g.cancelled())

    c = asyncio.create_task(val(3))
    d = asyncio.create_task(asyncio.sleep(1, "slow"))
    g = asyncio.gather(c, d)
    await asyncio.sleep(0)
    print("one done; cancel ->", g.cancel("partial"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather ->", repr(e), "c", c.result(), "d cancelled", d.cancelled())

    f = loop.create_future()
    g = asyncio.gather(f)
    print("future child cancel ->", g.cancel("fut"), "f cancelled", f.cancelled(), "g done", g.done())
    await asyncio.sleep(0)
    print("g done", g.done(), "cancelled", g.cancelled())
    try:
        g.result()
    except asyncio.CancelledError as e:
        print("g.result ->", repr(e))


asyncio.run(main())
