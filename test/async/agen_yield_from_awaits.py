import asyncio


async def paged_fetch(pages):
    for p in range(pages):
        print("fetching page", p)
        await asyncio.sleep(0.005)
        for item in range(p * 3, p * 3 + 3):
            yield item


async def evens(src):
    async for x in src:
        if x % 2 == 0:
            yield x


async def main():
    async for v in evens(paged_fetch(3)):
        print("even", v)
    total = 0
    async for v in paged_fetch(2):
        total += v
    print("total", total)


asyncio.run(main())
