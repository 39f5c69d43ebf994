import asyncio
import math


def pure_square(x):
    return x * x


def pure_fact(n):
    return math.factorial(n)


def raises(msg):
    raise ValueError(msg)


async def main():
    print("square:", await asyncio.to_thread(pure_square, 7))
    print("factorial:", await asyncio.to_thread(pure_fact, n=10))
    res = await asyncio.gather(*(asyncio.to_thread(pure_square, i) for i in range(5)))
    print("gathered:", res)
    try:
        await asyncio.to_thread(raises, "from thread")
    except ValueError as e:
        print("exception from thread:", e)
    print("done")


asyncio.run(main())
