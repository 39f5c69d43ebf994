import asyncio


async def producer(tag, n):
    for i in range(n):
        print("produce", tag, i)
        await asyncio.sleep(0)
        yield f"{tag}{i}"


async def collect(tag, n):
    return [v async for v in producer(tag, n)]


async def main():
    a, b = await asyncio.gather(collect("a", 3), collect("b", 2))
    print(a, b)
    sq = [await asyncio.sleep(0, x * 2) for x in range(3)]
    print(sq)


asyncio.run(main())
