import asyncio


async def stream(name):
    try:
        i = 0
        while True:
            yield f"{name}-{i}"
            i += 1
    finally:
        print("finalizing", name)


async def main():
    g1 = stream("g1")
    g2 = stream("g2")
    print(await anext(g1))
    print(await anext(g1))
    print(await anext(g2))
    keep.extend([g1, g2])
    print("main returns without closing generators")


keep = []
asyncio.run(main())
print("asyncio.run returned")
