"""A fire-and-forget background task fails; main awaits it later via a task set (the
keep-references pattern from the docs), exposing the error then."""
import asyncio

background_tasks: set[asyncio.Task] = set()


async def send_metric(name: str, value: float) -> None:
    await asyncio.sleep(0.01)
    if value < 0:
        raise ValueError(f"metric {name!r} must be >= 0, got {value}")
    print(f"sent {name}={value}")


def fire(name: str, value: float) -> asyncio.Task:
    task = asyncio.create_task(send_metric(name, value), name=f"metric-{name}")
    background_tasks.add(task)
    task.add_done_callback(background_tasks.discard)
    return task


async def main():
    tasks = [fire("cpu", 0.5), fire("mem", -1.0), fire("disk", 0.9)]
    print("in flight:", len(background_tasks))
    await asyncio.sleep(0.02)
    print("in flight after:", len(background_tasks))
    for t in tasks:
        print(t.get_name(), "done" if t.done() else "pending",
              "exc" if t.done() and t.exception() else "")
    await tasks[1]


asyncio.run(main())
