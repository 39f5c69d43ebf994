import asyncio


async def resilient():
    i = 0
    while True:
        try:
            yield i
            i += 1
        except ValueError as e:
            print("agen handled", e)
            await asyncio.sleep(0)
            i = 100


async def fragile():
    try:
        yield 1
    finally:
        print("fragile finally")


async def main():
    g = resilient()
    print(await anext(g), await anext(g))
    print("athrow returns next yield:", await g.athrow(ValueError("oops")))
    print(await anext(g))
    await g.aclose()
    f = fragile()
    print(await anext(f))
    try:
        await f.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow propagated", repr(e))
    try:
        await anext(f)
    except StopAsyncIteration:
        print("closed after propagated exception")


asyncio.run(main())
