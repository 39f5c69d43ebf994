"""TaskGroup fan-out/fan-in of dataclass jobs, then a failing group with except*."""
import asyncio
from dataclasses import dataclass, field
from enum import Enum, auto


class Status(Enum):
    PENDING = auto()
    DONE = auto()
    FAILED = auto()
    CANCELLED = auto()


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    cost: float = field(compare=False, default=0.01)
    status: Status = field(compare=False, default=Status.PENDING)
    result: object = field(compare=False, default=None)


async def run_job(job: Job) -> Job:
    try:
        await asyncio.sleep(job.cost)
        if job.name.startswith("bad"):
            raise ValueError(f"job {job.name} is bad")
        job.result = job.priority * 10
        job.status = Status.DONE
    except asyncio.CancelledError:
        job.status = Status.CANCELLED
        raise
    except Exception:
        job.status = Status.FAILED
        raise
    return job


async def main():
    jobs = [Job(3, "c", 0.03), Job(1, "a", 0.02), Job(2, "b", 0.01)]
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(run_job(j), name=f"job-{j.name}") for j in sorted(jobs)]
    print([t.get_name() for t in tasks])
    print([(j.name, j.status.name, j.result) for j in jobs])

    jobs2 = [Job(1, "ok1", 0.01), Job(2, "bad1", 0.02), Job(3, "slow", 0.2),
             Job(4, "bad2", 0.02), Job(5, "ok2", 0.015)]
    try:
        async with asyncio.TaskGroup() as tg:
            for j in jobs2:
                tg.create_task(run_job(j))
    except* ValueError as eg:
        msgs = sorted(str(e) for e in eg.exceptions)
        print(f"ValueErrors ({len(eg.exceptions)}): {msgs}")
        print("group message:", eg.message)
    for j in jobs2:
        print(f"  {j.name:<5} {j.status.name:<9} {j.result}")
    print(Status.DONE, repr(Status.FAILED), Status["CANCELLED"].value)


asyncio.run(main())
