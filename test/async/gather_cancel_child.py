import asyncio


async def child(name, d):
    await asyncio.sleep(d)
    print(name, "done")
    return name


async def main():
    a = asyncio.create_task(child("a", 0.01))
    b = asyncio.create_task(child("b", 0.5))
    c = asyncio.create_task(child("c", 0.02))
    g = asyncio.gather(a, b, c)
    await asyncio.sleep(0)
    b.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather propagated child cancellation")
    print("a done", a.done(), "c done", c.done(), "g cancelled", g.cancelled())
    await asyncio.sleep(0.03)
    print("c result after:", c.result())
    b2 = asyncio.create_task(child("b2", 0.5))
    g2 = asyncio.gather(child("x", 0), b2, return_exceptions=True)
    await asyncio.sleep(0)
    b2.cancel()
    res = await g2
    print("with return_exceptions:", [type(r).__name__ if isinstance(r, BaseException) else r for r in res])


asyncio.run(main())
