import asyncio

async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(f"{name} got CancelledError{e.args}")
        raise

async def main():
    g = asyncio.gather(child("g1"), child("g2"))
    await asyncio.sleep(0)
    g.cancel("stop gather")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised", e.args)
    t = asyncio.create_task(asyncio.wait_for(child("w"), 5))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel("stop wait_for")
    try:
        await t
    except asyncio.CancelledError as e:
        print("wait_for task raised", e.args)
    outer = asyncio.create_task(child("outer"))
    s = asyncio.shield(outer)
    await asyncio.sleep(0)
    s.cancel("shield msg")
    try:
        await s
    except asyncio.CancelledError as e:
        print("shield raised", e.args, "inner cancelled:", outer.cancelled())
    outer.cancel("finally")
    try:
        await outer
    except asyncio.CancelledError as e:
        print("outer raised", e.args)
    inner = asyncio.create_task(child("inner"))
    waiter = asyncio.create_task(asyncio.gather(inner, return_exceptions=True).__await__().__next__() if False else child("waiter"))
    await asyncio.sleep(0)
    inner.cancel("m1")
    r = await asyncio.gather(inner, return_exceptions=True)
    print("return_exceptions:", [(type(x).__name__, x.args) for x in r])
    waiter.cancel()
    r = await asyncio.gather(waiter, return_exceptions=True)
    print("no msg:", [(type(x).__name__, x.args) for x in r])

asyncio.run(main())
