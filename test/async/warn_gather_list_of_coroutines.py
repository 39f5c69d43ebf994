import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n


async def main():
    try:
        await asyncio.gather([work(1), work(2)])
    except TypeError as e:
        print("TypeError:", e)
    print("after list")
    try:
        await asyncio.gather(work(3), (work(4),))
    except TypeError as e:
        print("TypeError:", e)
    print("after tuple")
    print(await asyncio.gather(*[work(5), work(6)]))


asyncio.run(main())
