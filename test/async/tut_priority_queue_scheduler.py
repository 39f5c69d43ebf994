"""PriorityQueue job scheduler with dataclass(order=True) entries, ties broken by a counter."""
import asyncio
import itertools
from dataclasses import dataclass, field
from enum import IntEnum


class Priority(IntEnum):
    CRITICAL = 0
    HIGH = 1
    NORMAL = 2
    LOW = 3


@dataclass(order=True)
class Task:
    priority: Priority
    seq: int
    name: str = field(compare=False)
    duration: float = field(compare=False, default=0.04)


async def dispatcher(q: asyncio.PriorityQueue, done: list, worker: str) -> None:
    while True:
        job = await q.get()
        try:
            if job.name == "STOP":
                return
            await asyncio.sleep(job.duration)
            done.append(f"{worker}:{job.name}({job.priority.name})")
        finally:
            q.task_done()


async def main():
    q: asyncio.PriorityQueue[Task] = asyncio.PriorityQueue()
    seq = itertools.count()
    jobs = [("backup", Priority.LOW), ("page-oncall", Priority.CRITICAL), ("email", Priority.NORMAL),
            ("resize", Priority.NORMAL), ("deploy", Priority.HIGH), ("cleanup", Priority.LOW)]
    for name, prio in jobs:
        q.put_nowait(Task(prio, next(seq), name))
    print("queue size:", q.qsize(), "first:", q._queue[0].name)
    done: list[str] = []
    workers = [asyncio.create_task(dispatcher(q, done, f"w{i}")) for i in range(2)]
    await asyncio.sleep(0.06)
    q.put_nowait(Task(Priority.CRITICAL, next(seq), "hotfix"))
    await q.join()
    for _ in workers:
        q.put_nowait(Task(Priority.LOW, next(seq), "STOP"))
    await asyncio.gather(*workers)
    print("\n".join(done))
    print(Priority.HIGH < Priority.LOW, Priority(2), int(Priority.LOW), sorted([Priority.LOW, Priority.HIGH]))
    print(Task(Priority.HIGH, 1, "a") < Task(Priority.HIGH, 2, "b"), Task(Priority.LOW, 0, "z") > Task(Priority.HIGH, 9, "y"))


asyncio.run(main())
