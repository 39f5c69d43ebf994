import asyncio

async def ticker(name, n):
    try:
        for i in range(n):
            yield f"{name}{i}"
            await asyncio.sleep(0.1)
    finally:
        print(f"{name} finalized")

async def partial_consume(gen, k):
    out = []
    async for v in gen:
        out.append(v)
        if len(out) == k:
            break
    return out

loop = asyncio.new_event_loop()
g1 = ticker("a", 5)
print(loop.run_until_complete(partial_consume(g1, 2)))
g2 = ticker("b", 5)
print(loop.run_until_complete(partial_consume(g2, 1)))
print("before shutdown")
loop.run_until_complete(loop.shutdown_asyncgens())
print("after shutdown")
g3 = ticker("c", 3)
async def take_one():
    return await g3.__anext__()
print(loop.run_until_complete(take_one()))
loop.run_until_complete(g3.aclose())
loop.close()
print("done")

kept = []

async def main():
    g = ticker("d", 10)
    print(await g.__anext__())
    await g.aclose()
    h = ticker("e", 10)
    kept.append(h)
    print(await anext(h))
    print("main returns")
asyncio.run(main())
print("after run")
