"""Python docs 'Coroutines and Tasks' examples: say_after sequential vs concurrent, timing with loop.time()."""
import asyncio
import time


async def say_after(delay: float, what: str) -> str:
    await asyncio.sleep(delay)
    print(what)
    return what.upper()


async def sequential() -> float:
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(f"started at +{round(loop.time() - start, 1)}")
    a = await say_after(0.1, "hello")
    b = await say_after(0.2, "world")
    elapsed = loop.time() - start
    print(f"finished sequential at +{round(elapsed, 1)} -> {a} {b}")
    return elapsed


async def concurrent() -> float:
    loop = asyncio.get_running_loop()
    start = loop.time()
    task1 = asyncio.create_task(say_after(0.1, "hello"))
    task2 = asyncio.create_task(say_after(0.2, "world"))
    print(f"tasks: {task1.get_name()}, {task2.get_name()}")
    r1 = await task1
    r2 = await task2
    elapsed = loop.time() - start
    print(f"finished concurrent at +{round(elapsed, 1)} -> {r1!r} {r2!r}")
    return elapsed


async def with_taskgroup() -> list[str]:
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(say_after(0.05, "tg-first"))
        t2 = tg.create_task(say_after(0.03, "tg-second"))
    print("Both tasks have completed now.")
    return [t1.result(), t2.result()]


async def main():
    s = await sequential()
    c = await concurrent()
    print(f"concurrent was faster: {c < s}")
    print(await with_taskgroup())
    t0 = time.perf_counter()
    await asyncio.sleep(0.01)
    print("perf_counter advanced:", time.perf_counter() - t0 >= 0.0)
    print("done:", asyncio.current_task().get_name())


asyncio.run(main())
