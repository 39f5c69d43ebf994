import asyncio


async def numbers(n):
    print("agen start")
    try:
        for i in range(n):
            await asyncio.sleep(0)
            print("agen yielding", i)
            yield i
    finally:
        print("agen finally")


async def main():
    async for x in numbers(3):
        print("got", x)
    g = numbers(5)
    print("type:", type(g).__name__)
    print("first:", await g.__anext__())
    print("second:", await anext(g))
    await g.aclose()
    print("after aclose")
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted after aclose")
    print("anext default:", await anext(numbers(0), "default"))


asyncio.run(main())
