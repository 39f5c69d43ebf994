import asyncio


async def ok(n):
    await asyncio.sleep(0.01 * n)
    print("ok", n)
    return n


async def fail(n, exc):
    await asyncio.sleep(0.01 * n)
    print("fail", n)
    raise exc


async def main():
    res = await asyncio.gather(
        ok(1), fail(2, ValueError("v")), ok(3), fail(0, KeyError("k")),
        return_exceptions=True,
    )
    for r in res:
        print(type(r).__name__, r)
    t = asyncio.create_task(ok(5))
    t.cancel()
    res = await asyncio.gather(t, ok(0), return_exceptions=True)
    print([type(r).__name__ for r in res])


asyncio.run(main())
