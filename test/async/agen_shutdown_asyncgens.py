import asyncio


async def stream(name):
    try:
        i = 0
        while True:
            yield f"{name}-{i}"
            i += 1
    finally:
        print("finalizing", name)
        await asyncio.sleep(0)
        print("finalized", name, "after an await in finally")


async def main():
    g1 = stream("g1")
    g2 = stream("g2")
    print(await anext(g1))
    print(await anext(g1))
    print(await anext(g2))
    await g2.aclose()
    print("g2 closed explicitly")
    keep.append(g1)
    print("main returns without closing g1")


keep = []
asyncio.run(main())
print("asyncio.run returned (shutdown_asyncgens finalized g1)")
