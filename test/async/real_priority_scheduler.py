"""Job scheduler: PriorityQueue, two workers, deadline-based cancellation of jobs."""
import asyncio
import itertools
from dataclasses import dataclass, field
from enum import Enum


class Prio(Enum):
    HIGH = 0
    NORMAL = 1
    LOW = 2


@dataclass(order=True)
class Job:
    prio: int
    seq: int
    name: str = field(compare=False)
    steps: int = field(compare=False)
    budget: float = field(compare=False, default=0.2)


class Scheduler:
    def __init__(self, workers):
        self.queue = asyncio.PriorityQueue()
        self.counter = itertools.count()
        self.results = []
        self.nworkers = workers

    def submit(self, name, prio, steps, budget=0.2):
        self.queue.put_nowait(Job(prio.value, next(self.counter), name, steps, budget))

    async def execute(self, job):
        for _ in range(job.steps):
            await asyncio.sleep(0)
        if job.steps > 50:
            await asyncio.sleep(0.3)
        return job.steps * 10

    async def worker(self, wid):
        while True:
            job = await self.queue.get()
            try:
                value = await asyncio.wait_for(self.execute(job), job.budget)
                self.results.append((wid, job.name, Prio(job.prio).name, value))
            except TimeoutError:
                self.results.append((wid, job.name, Prio(job.prio).name, "TIMEOUT"))
            finally:
                self.queue.task_done()

    async def run(self):
        workers = [asyncio.create_task(self.worker(i)) for i in range(self.nworkers)]
        await self.queue.join()
        for w in workers:
            w.cancel()
        await asyncio.gather(*workers, return_exceptions=True)


async def main():
    s = Scheduler(workers=2)
    s.submit("backup", Prio.LOW, 3)
    s.submit("email", Prio.NORMAL, 1)
    s.submit("page-oncall", Prio.HIGH, 2)
    s.submit("report", Prio.NORMAL, 4)
    s.submit("reindex", Prio.LOW, 60, budget=0.02)
    s.submit("alert", Prio.HIGH, 1)
    s.submit("cleanup", Prio.LOW, 2)
    print("queued:", s.queue.qsize())
    await s.run()
    for wid, name, prio, value in s.results:
        print(f"worker {wid}: {name:12} {prio:7} {value}")
    print("order:", [r[1] for r in s.results])


asyncio.run(main())
