import asyncio
import itertools
from dataclasses import dataclass, field

_counter = itertools.count()


@dataclass(order=True)
class Job:
    priority: int
    seq: int = field(default_factory=lambda: next(_counter))
    name: str = field(default="", compare=False)
    duration: float = field(default=0.01, compare=False)
    fail: bool = field(default=False, compare=False)


SENTINEL_PRIORITY = 10**9


class Scheduler:
    def __init__(self, workers):
        self.queue = asyncio.PriorityQueue()
        self.nworkers = workers
        self.results = {}
        self.cancelled = set()
        self.running = {}
        self.order = []
        self.loop = asyncio.get_running_loop()
        self.t0 = self.loop.time()

    def submit(self, job):
        self.queue.put_nowait(job)

    def cancel(self, name):
        self.cancelled.add(name)
        task = self.running.get(name)
        if task is not None:
            task.cancel()

    async def execute(self, job):
        await asyncio.sleep(job.duration)
        if job.fail:
            raise RuntimeError(f"job {job.name} failed")
        return job.name.upper()

    async def worker(self, wid):
        done = 0
        while True:
            job = await self.queue.get()
            try:
                if job.priority == SENTINEL_PRIORITY:
                    return wid, done
                if job.name in self.cancelled:
                    self.results[job.name] = "skipped"
                    continue
                t = asyncio.create_task(self.execute(job))
                self.running[job.name] = t
                self.order.append((wid, job.name))
                try:
                    self.results[job.name] = await t
                except asyncio.CancelledError:
                    if t.cancelled() and not asyncio.current_task().cancelling():
                        self.results[job.name] = "cancelled"
                    else:
                        raise
                except RuntimeError as e:
                    self.results[job.name] = f"error: {e}"
                finally:
                    self.running.pop(job.name, None)
                done += 1
            finally:
                self.queue.task_done()


async def main():
    sched = Scheduler(workers=2)
    jobs = [
        Job(5, name="low", duration=0.03),
        Job(1, name="urgent", duration=0.02),
        Job(3, name="mid", duration=0.05),
        Job(1, name="urgent2", duration=0.01, fail=True),
        Job(3, name="mid2", duration=0.2),
        Job(4, name="skipme"),
        Job(2, name="two", duration=0.02),
    ]
    for j in jobs:
        sched.submit(j)
    print("first:", sched.queue._queue[0].name, "size", sched.queue.qsize())
    workers = [asyncio.create_task(sched.worker(i), name=f"w{i}") for i in range(sched.nworkers)]
    sched.cancel("skipme")
    await asyncio.sleep(0.06)
    sched.cancel("mid2")
    await sched.queue.join()
    print("joined after mid2 was cancelled:", sched.results.get("mid2"))
    for _ in workers:
        sched.submit(Job(SENTINEL_PRIORITY, name="stop"))
    stats = await asyncio.gather(*workers)
    print("worker stats", stats)
    for entry in sched.order:
        print("start", *entry)
    for name in sorted(sched.results):
        print(f"{name:8} -> {sched.results[name]}")
    print("unfinished", sched.queue._unfinished_tasks, "empty", sched.queue.empty())
    print(sorted(jobs)[:3])


asyncio.run(main())
