"""Worker pool with graceful shutdown on cancellation."""
import asyncio


class Pool:
    def __init__(self, size):
        self.queue = asyncio.Queue()
        self.size = size
        self.workers = []
        self.completed = []
        self.interrupted = []

    async def worker(self, wid):
        current = None
        try:
            while True:
                current = await self.queue.get()
                job_id, cost = current
                for _ in range(cost):
                    await asyncio.sleep(0)
                self.completed.append((wid, job_id))
                self.queue.task_done()
                current = None
        except asyncio.CancelledError:
            if current is not None:
                self.interrupted.append((wid, current[0]))
                self.queue.task_done()
            print(f"worker {wid} shutting down (had job: {current is not None})")
            raise

    def start(self):
        for i in range(self.size):
            self.workers.append(asyncio.create_task(self.worker(i), name=f"worker-{i}"))

    async def shutdown(self):
        for w in self.workers:
            w.cancel()
        results = await asyncio.gather(*self.workers, return_exceptions=True)
        return [type(r).__name__ for r in results]


async def main():
    pool = Pool(3)
    pool.start()
    for job in range(6):
        pool.queue.put_nowait((job, job % 3 + 1))
    await pool.queue.join()
    print("first batch completed:", pool.completed)
    for job in range(6, 12):
        pool.queue.put_nowait((job, 10))
    for _ in range(4):
        await asyncio.sleep(0)
    print("shutting down with", pool.queue.qsize(), "jobs queued")
    print("worker results:", await pool.shutdown())
    print("interrupted:", sorted(pool.interrupted))
    print("completed total:", len(pool.completed))
    left = []
    while not pool.queue.empty():
        left.append(pool.queue.get_nowait()[0])
    print("never started:", left)
    print("tasks alive:", sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
