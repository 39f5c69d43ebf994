"""concurrent.futures the classic way (submit, as_completed, wait, result(timeout), join(timeout))
next to the asyncio way (run_in_executor + asyncio.as_completed); workers print as they finish."""
import asyncio
import concurrent.futures as cf
import threading
import time

T0 = [time.monotonic()]


def el() -> str:
    return f"{time.monotonic() - T0[0]:.1f}"


def mark() -> None:
    T0[0] = time.monotonic()


def task(n: int) -> int:
    time.sleep(n / 10)
    print(f"  task {n} done at {el()}")
    if n == 2:
        raise ValueError("two")
    return n


def classic() -> None:
    mark()
    with cf.ThreadPoolExecutor(max_workers=4) as ex:
        futs = {ex.submit(task, n): n for n in (3, 1, 2, 4)}
        for f in cf.as_completed(futs):
            print("got", futs[f], "exc" if f.exception() else f.result(), "at", el())
    print("pool closed at", el())
    mark()
    with cf.ThreadPoolExecutor(max_workers=4) as ex:
        futs = [ex.submit(task, n) for n in (3, 1, 2)]
        done, pending = cf.wait(futs, return_when=cf.FIRST_COMPLETED)
        print("first:", [f.result() for f in done], len(pending), "at", el())
        done, pending = cf.wait(futs, return_when=cf.FIRST_EXCEPTION)
        print("first exception:", len(done), len(pending), "at", el())
        print("done flags:", [f.done() for f in futs])
        try:
            futs[0].result(timeout=0.02)
        except cf.TimeoutError:
            print("result(timeout) gave up at", el())
        print("result:", futs[0].result(), "at", el())
    mark()
    t = threading.Thread(target=task, args=(5,))
    t.start()
    t.join(0.2)
    print("alive after join(0.2):", t.is_alive(), "at", el())
    t.join()
    print("alive after join():", t.is_alive(), "at", el())


async def with_asyncio() -> None:
    mark()
    loop = asyncio.get_running_loop()
    futs = [loop.run_in_executor(None, task, n) for n in (4, 1, 3)]
    for coro in asyncio.as_completed(futs):
        print("asyncio got", await coro, "at", el())


classic()
asyncio.run(with_asyncio())
