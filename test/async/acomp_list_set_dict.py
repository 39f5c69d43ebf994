import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    print([x async for x in agen(5)])
    print([x async for x in agen(6) if x % 2])
    print(sorted({x % 3 async for x in agen(7)}))
    print({x: x * 10 async for x in agen(3)})
    print([await square(x) for x in range(4)])
    print([await square(x) async for x in agen(4)])
    print([y for y in [await square(3)]])
    g = (x async for x in agen(3))
    print("async genexp type:", type(g).__name__)
    print([v async for v in g])
    nested = [[j async for j in agen(i)] async for i in agen(4)]
    print(nested)


asyncio.run(main())
