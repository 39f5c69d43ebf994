"""loop.run_in_executor with a ThreadPoolExecutor and the default executor; futures wrap results."""
import asyncio
import concurrent.futures
import functools
import time


def fetch_price(symbol: str, delay: float, *, markup: float = 1.0) -> float:
    time.sleep(delay)
    base = sum(ord(c) for c in symbol) / 10
    return round(base * markup, 2)


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futs = [
            loop.run_in_executor(pool, fetch_price, "AAPL", 0.03),
            loop.run_in_executor(pool, functools.partial(fetch_price, "MSFT", 0.02, markup=1.5)),
            loop.run_in_executor(pool, fetch_price, "GOOG", 0.01),
        ]
        print("future types:", {type(f).__name__ for f in futs})
        prices = await asyncio.gather(*futs)
        print("prices:", prices)

    res = await loop.run_in_executor(None, fetch_price, "IBM", 0.01)
    print("default executor:", res)

    def boom():
        raise KeyError("missing")

    try:
        await loop.run_in_executor(None, boom)
    except KeyError as e:
        print("executor raised:", repr(e))

    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
        cf = pool.submit(fetch_price, "TSLA", 0.01)
        wrapped = asyncio.wrap_future(cf)
        print("wrapped:", await wrapped, cf.done())
        mapped = list(pool.map(lambda s: s.lower(), ["A", "B", "C"]))
        print("pool.map:", mapped)

    t0 = loop.time()
    values = await asyncio.wait_for(loop.run_in_executor(None, time.sleep, 0.05), timeout=1)
    print("sleep result:", values, "loop time advanced:", loop.time() - t0 >= 0.04)


asyncio.run(main())
