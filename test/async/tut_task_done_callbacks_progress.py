"""Done callbacks (with functools.partial) track progress; remove_done_callback; result/exception."""
import asyncio
import functools


async def job(n: int) -> int:
    await asyncio.sleep(0.01 * (n % 4 + 1))
    if n == 5:
        raise ArithmeticError(f"job {n} overflowed")
    if n == 6:
        await asyncio.sleep(1)
    return n * n


def on_done(tracker: dict, label: str, task: asyncio.Task) -> None:
    if task.cancelled():
        state = "cancelled"
    elif task.exception() is not None:
        state = f"failed ({task.exception()})"
    else:
        state = f"ok ({task.result()})"
    tracker.setdefault(label, []).append(f"{task.get_name()}: {state}")
    print(f"  callback[{label}] {task.get_name()} -> {state}")


async def main():
    tracker: dict[str, list[str]] = {}
    tasks = []
    for n in range(7):
        t = asyncio.create_task(job(n), name=f"job-{n}")
        t.add_done_callback(functools.partial(on_done, tracker, "main"))
        cb = functools.partial(on_done, tracker, "extra")
        t.add_done_callback(cb)
        if n % 2:
            removed = t.remove_done_callback(cb)
            assert removed == 1
        tasks.append(t)
    await asyncio.sleep(0.045)
    tasks[6].cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.sleep(0)
    print([r if isinstance(r, int) else type(r).__name__ for r in res])
    print({k: len(v) for k, v in tracker.items()})
    print("current task name:", asyncio.current_task().get_name())


asyncio.run(main())
