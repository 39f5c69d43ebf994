# SyntaxError: asynchronous comprehension outside of an asynchronous function
import asyncio


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


def collect():
    return [t async for t in ticks(3)]


async def main():
    print(collect())


asyncio.run(main())
