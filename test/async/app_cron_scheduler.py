import asyncio
import heapq
import itertools


class Cron:
    def __init__(self):
        self.loop = asyncio.get_running_loop()
        self.t0 = self.loop.time()
        self.jobs = []
        self.seq = itertools.count()
        self.runs = []
        self.wakeup = asyncio.Event()
        self.stopped = False

    def at(self, delay):
        return self.t0 + delay

    def every(self, name, period, first, times, fn=None):
        heapq.heappush(self.jobs, (self.at(first), next(self.seq), name, period, times, fn))
        self.wakeup.set()

    async def run(self):
        while not self.stopped:
            if not self.jobs:
                self.wakeup.clear()
                await self.wakeup.wait()
                continue
            when, seq, name, period, times, fn = self.jobs[0]
            delay = when - self.loop.time()
            if delay > 0:
                self.wakeup.clear()
                try:
                    async with asyncio.timeout(delay):
                        await self.wakeup.wait()
                    continue
                except TimeoutError:
                    pass
            heapq.heappop(self.jobs)
            slot = round(when - self.t0, 2)
            self.runs.append((slot, name))
            if fn is not None:
                res = fn(self, slot)
                if asyncio.iscoroutine(res):
                    asyncio.create_task(res)
            if times > 1:
                heapq.heappush(self.jobs, (when + period, seq, name, period, times - 1, fn))


async def report(cron, slot):
    await asyncio.sleep(0)
    cron.runs.append((slot, "report-done"))


def add_late_job(cron, slot):
    cron.every("late", 0.05, slot + 0.04, 2)


def stopper(cron, slot):
    cron.stopped = True
    cron.wakeup.set()


async def main():
    cron = Cron()
    task = asyncio.create_task(cron.run())
    await asyncio.sleep(0)
    cron.every("tick", 0.04, 0.04, 5)
    cron.every("report", 0.11, 0.06, 2, report)
    cron.every("spawner", 1, 0.09, 1, add_late_job)
    cron.every("stop", 1, 0.27, 1, stopper)
    await task
    for slot, name in cron.runs:
        print(f"{slot:5.2f} {name}")
    print("left", sorted((round(w - cron.t0, 2), n) for w, _, n, *_ in cron.jobs))
    print("elapsed ok", cron.loop.time() - cron.t0 >= 0.27)


asyncio.run(main())
