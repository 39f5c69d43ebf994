import asyncio
import functools


def add(a, b):
    return a + b


def join_words(*words, sep=" "):
    return sep.join(words)


async def main():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, add, 2, 3)
    print("add:", r)
    f = loop.run_in_executor(None, functools.partial(join_words, "a", "b", "c", sep="-"))
    print("is future:", asyncio.isfuture(f))
    print("joined:", await f)
    futs = [loop.run_in_executor(None, add, i, i) for i in range(4)]
    print("results in order:", [await x for x in futs])
    try:
        await loop.run_in_executor(None, add, 1, "x")
    except TypeError as e:
        print("TypeError from executor:", e)


asyncio.run(main())
