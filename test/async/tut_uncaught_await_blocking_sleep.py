"""Beginner mistake: `await time.sleep(...)` inside a coroutine. The sleep blocks, returns None,
and awaiting None raises TypeError, which ends the program."""
import asyncio
import time


async def countdown(name: str, n: int) -> None:
    while n > 0:
        print(f"{name}: {n}")
        await asyncio.sleep(0.04)
        n -= 1
    print(f"{name}: liftoff")


async def broken(name: str) -> None:
    print(f"{name}: about to block")
    t0 = time.perf_counter()
    await time.sleep(0.02)
    print("unreachable", t0)


async def main():
    ok = asyncio.create_task(countdown("good", 3))
    await asyncio.sleep(0.06)
    print("main: calling broken()")
    try:
        await broken("bad")
    finally:
        print("main: finally, good task done?", ok.done())


asyncio.run(main())
