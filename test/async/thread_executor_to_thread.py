# run_in_executor and to_thread: results, exceptions, kwargs via functools.partial.
import asyncio
import functools


def blocking(x, scale=1):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * scale


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 3))
    print(await loop.run_in_executor(None, functools.partial(blocking, 4, scale=10)))
    try:
        await loop.run_in_executor(None, blocking, -1)
    except ValueError as e:
        print("ValueError:", e)
    print(await asyncio.to_thread(blocking, 5, scale=2))
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i, scale=i) for i in range(5)))
    print(results)
    fut = loop.run_in_executor(None, blocking, 7)
    print(type(fut).__name__, fut.done())
    print(await fut)
    try:
        await asyncio.to_thread(blocking)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
