import asyncio


async def source():
    for i in range(6):
        await asyncio.sleep(0)
        yield i


async def consumer(name, gen, out):
    async for v in gen:
        out.append((name, v))
        await asyncio.sleep(0)


async def main():
    out = []
    g = source()
    res = await asyncio.gather(consumer("x", g, out), consumer("y", g, out), return_exceptions=True)
    for name, v in out:
        print("consumed", name, v)
    print("gather results:", [r if r is None else type(r).__name__ + ": " + str(r) for r in res])
    g2 = source()
    t1 = asyncio.create_task(anext(g2))
    t2 = asyncio.create_task(anext(g2))
    res = await asyncio.gather(t1, t2, return_exceptions=True)
    print([r if isinstance(r, int) else type(r).__name__ + ": " + str(r) for r in res])


asyncio.run(main())
