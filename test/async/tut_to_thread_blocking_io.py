"""asyncio.to_thread for blocking calls (time.sleep) while the loop keeps ticking."""
import asyncio
import threading
import time


def blocking_read(path: str, seconds: float) -> str:
    time.sleep(seconds)
    return f"{path}: {len(path) * 100} bytes"


def cpu_bound(n: int) -> int:
    return sum(i * i for i in range(n))


async def ticker(stop: asyncio.Event, ticks: list) -> None:
    while not stop.is_set():
        ticks.append(1)
        await asyncio.sleep(0.03)


async def main():
    stop = asyncio.Event()
    ticks: list[int] = []
    t = asyncio.create_task(ticker(stop, ticks))
    start = time.perf_counter()
    a = await asyncio.to_thread(blocking_read, "/etc/hosts", 0.105)
    print(a)
    print("ticked while waiting:", len(ticks) >= 3)
    r = await asyncio.to_thread(cpu_bound, 1000)
    print("cpu result:", r)
    results = await asyncio.gather(
        asyncio.to_thread(blocking_read, "x", 0.035),
        asyncio.to_thread(blocking_read, "yy", 0.055),
    )
    print(results)
    stop.set()
    await t
    print("elapsed >= 0.15:", time.perf_counter() - start >= 0.15)
    print("main thread:", threading.current_thread() is threading.main_thread())

    def whoami():
        return threading.current_thread() is threading.main_thread()

    print("to_thread on main thread?", await asyncio.to_thread(whoami))
    try:
        await asyncio.to_thread(int, "not a number")
    except ValueError as e:
        print("error from thread:", e)


asyncio.run(main())
