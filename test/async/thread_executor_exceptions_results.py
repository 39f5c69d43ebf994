import asyncio
import concurrent.futures
import time
import threading


def blocking(x):
    time.sleep(0.05)
    if x < 0:
        raise ValueError(f"negative {x}")
    return x * 10, threading.current_thread() is threading.main_thread()


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    r = await asyncio.to_thread(blocking, 2)
    print("to_thread", r)
    try:
        await asyncio.to_thread(blocking, -1)
    except ValueError as e:
        print("to_thread raised", e)
    r2 = await loop.run_in_executor(None, blocking, 3)
    print("default executor", r2)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futs = [loop.run_in_executor(pool, blocking, i) for i in (1, -2, 3)]
        res = await asyncio.gather(*futs, return_exceptions=True)
        print(res)
        print(type(futs[0]).__name__)
    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    loop.call_later(0.01, cf.set_result, "cf done")
    print(await wrapped)
    print("elapsed >= 0.2:", loop.time() - t0 >= 0.2)
    await asyncio.to_thread(blocking, -5)


asyncio.run(main())
