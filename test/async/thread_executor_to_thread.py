# run_in_executor and to_thread: results, exceptions, kwargs via functools.partial.
import asyncio
import concurrent.futures
import functools
import threading


def blocking(x, scale=1):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * scale


def whoami():
    return threading.current_thread() is threading.main_thread()


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 3))
    print(await loop.run_in_executor(None, functools.partial(blocking, 4, scale=10)))
    try:
        await loop.run_in_executor(None, blocking, -1)
    except ValueError as e:
        print("ValueError:", e)
    print(await asyncio.to_thread(blocking, 5, scale=2))
    print("main thread in worker?", await asyncio.to_thread(whoami), whoami())
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i, scale=i) for i in range(5)))
    print(results)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        fut = loop.run_in_executor(pool, blocking, 7)
        print(type(fut).__name__, await fut)
    try:
        await asyncio.to_thread(blocking)
    except TypeError as e:
        print("TypeError:", e)
    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    cf.set_result("from concurrent")
    print(await wrapped)


asyncio.run(main())
