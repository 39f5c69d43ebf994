"""Threads started together overlap in time: join(), pool.submit().result(), map() and Timer,
then the same blocking function from asyncio via run_in_executor."""
import asyncio
import concurrent.futures
import threading
import time

T0 = [time.monotonic()]


def el() -> str:
    """Seconds since the section began (mark())."""
    return f"{time.monotonic() - T0[0]:.1f}"


def mark() -> None:
    T0[0] = time.monotonic()


def worker(n: int) -> int:
    time.sleep(0.1 * n)
    return n


def threads_demo() -> None:
    ts = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in (3, 1, 2)]
    mark()
    for t in ts:
        t.start()
    print("started:", [t.name for t in ts], "alive:", sum(t.is_alive() for t in ts) >= 0)
    for t in ts:
        t.join()
    print("joined all at", el(), "alive:", [t.is_alive() for t in ts])
    mark()
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
        futs = [ex.submit(worker, i) for i in (3, 1, 2)]
        print([f.result() for f in futs], "at", el())
    mark()
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
        print(list(ex.map(worker, [1, 2, 1])), "at", el())
    mark()
    timer = threading.Timer(0.2, lambda: print("timer fired at", el()))
    timer.start()
    timer.join()


async def main() -> None:
    loop = asyncio.get_running_loop()
    mark()
    start = el()
    results = await asyncio.gather(*(loop.run_in_executor(None, worker, n) for n in (2, 1, 3)))
    print(f"executor from asyncio: {results} from {start} to {el()}")


threads_demo()
asyncio.run(main())
