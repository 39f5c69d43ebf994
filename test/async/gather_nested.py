import asyncio


async def leaf(tag, d):
    await asyncio.sleep(d)
    print("leaf", tag)
    return tag


async def main():
    inner1 = asyncio.gather(leaf("a", 0.02), leaf("b", 0.01))
    inner2 = asyncio.gather(leaf("c", 0), leaf("d", 0.015))
    res = await asyncio.gather(inner1, inner2, leaf("e", 0.005))
    print(res)
    outer = asyncio.gather(asyncio.gather(leaf("x", 0.5)), leaf("y", 0.5))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("nested gather cancelled")


asyncio.run(main())
