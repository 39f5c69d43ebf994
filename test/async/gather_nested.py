import asyncio


async def leaf(tag, ticks):
    for _ in range(ticks):
        await asyncio.sleep(0)
    if ticks > 10:
        await asyncio.sleep(0.5)
    print("leaf", tag)
    return tag


async def main():
    inner1 = asyncio.gather(leaf("a", 4), leaf("b", 2))
    inner2 = asyncio.gather(leaf("c", 0), leaf("d", 3))
    res = await asyncio.gather(inner1, inner2, leaf("e", 1))
    print(res)
    outer = asyncio.gather(asyncio.gather(leaf("x", 20)), leaf("y", 20))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("nested gather cancelled")


asyncio.run(main())
