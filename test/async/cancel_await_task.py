import asyncio


async def inner():
    try:
        await asyncio.sleep(0.3)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled while awaiting inner")
        raise


async def main():
    i = asyncio.create_task(inner(), name="inner")
    o = asyncio.create_task(outer(i), name="outer")
    await asyncio.sleep(0)
    o.cancel()
    await asyncio.gather(o, return_exceptions=True)
    print("outer cancelled:", o.cancelled(), "inner cancelled:", i.cancelled())
    i2 = asyncio.create_task(inner(), name="inner2")
    o2 = asyncio.create_task(outer(i2), name="outer2")
    await asyncio.sleep(0)
    i2.cancel()
    await asyncio.gather(o2, return_exceptions=True)
    print("outer2 cancelled:", o2.cancelled(), "inner2 cancelled:", i2.cancelled())


asyncio.run(main())
