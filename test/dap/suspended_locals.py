import asyncio


async def waiter(tag):
    count = 1
    await asyncio.sleep(1)
    print(tag, count)


def helper(x):
    return x * 2


async def main():
    t = asyncio.create_task(waiter('w'))
    await asyncio.sleep(0)
    total = helper(5)
    await t
    print('main', total)

asyncio.run(main())
