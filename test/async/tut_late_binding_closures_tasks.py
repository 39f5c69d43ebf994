"""Closure gotchas when creating tasks and callbacks in loops (late binding), and the fixes."""
import asyncio
import functools


async def run(fn) -> object:
    await asyncio.sleep(0)
    return fn()


async def main():
    # Late binding: every lambda sees the final value of i.
    lambdas = [lambda: i for i in range(3)]
    print("late:", await asyncio.gather(*(run(f) for f in lambdas)))
    # Fix 1: default argument captures the current value.
    fixed = [lambda i=i: i for i in range(3)]
    print("default arg:", await asyncio.gather(*(run(f) for f in fixed)))
    # Fix 2: functools.partial.
    parts = [functools.partial(pow, i, 2) for i in range(3)]
    print("partial:", await asyncio.gather(*(run(f) for f in parts)))

    loop = asyncio.get_running_loop()
    seen: list[str] = []
    for name in ("a", "b", "c"):
        loop.call_soon(lambda: seen.append(f"late-{name}"))
        loop.call_soon(seen.append, f"arg-{name}")
    await asyncio.sleep(0)
    print(seen)

    counters = {}

    def make_counter(label: str):
        count = 0

        async def tick() -> int:
            nonlocal count
            await asyncio.sleep(0)
            count += 1
            counters[label] = count
            return count
        return tick

    ticks = [make_counter(l) for l in "xy"]
    for _ in range(3):
        await asyncio.gather(*(t() for t in ticks))
    print("counters:", counters)
    print("closure cells:", [c.cell_contents for c in ticks[0].__closure__ if isinstance(c.cell_contents, str)])

    tasks = []
    for n in range(3):
        async def job():
            await asyncio.sleep(0.001)
            return n
        tasks.append(asyncio.create_task(job()))
    await asyncio.sleep(0)
    print("tasks created in loop, awaited after loop:", await asyncio.gather(*tasks))


asyncio.run(main())
