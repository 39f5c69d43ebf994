"""Graceful shutdown: a stop Event, workers that drain, then cancel stragglers and report."""
import asyncio
from collections import Counter


class Service:
    def __init__(self, n_workers: int) -> None:
        self.queue: asyncio.Queue[int] = asyncio.Queue(maxsize=4)
        self.stopping = asyncio.Event()
        self.processed: Counter[str] = Counter()
        self.workers = [
            asyncio.create_task(self.worker(i), name=f"worker-{i}") for i in range(n_workers)
        ]

    async def worker(self, idx: int) -> str:
        me = asyncio.current_task().get_name()
        try:
            while True:
                item = await self.queue.get()
                if item is None:
                    self.queue.task_done()
                    break
                delay = 1.0 if item == 99 else 0.04 * (1 + item % 3) + 0.013 * idx
                await asyncio.sleep(delay)
                self.processed[me] += 1
                self.queue.task_done()
            return f"{me} exited cleanly"
        except asyncio.CancelledError:
            print(f"{me} cancelled while busy")
            raise
        finally:
            print(f"{me} cleanup")

    async def produce(self, n: int) -> None:
        for i in range(n):
            await self.queue.put(i)
        print(f"produced {n}, qsize={self.queue.qsize()}")

    async def shutdown(self, grace: float) -> list:
        self.stopping.set()
        await self.queue.put(99)
        for _ in self.workers:
            await self.queue.put(None)
        done, pending = await asyncio.wait(self.workers, timeout=grace)
        print(f"after grace: {len(done)} done, {len(pending)} pending")
        for t in pending:
            t.cancel()
        return await asyncio.gather(*self.workers, return_exceptions=True)


async def main():
    svc = Service(3)
    await svc.produce(10)
    await svc.queue.join()
    print("all items processed:", sum(svc.processed.values()))
    results = await svc.shutdown(grace=0.2)
    for r in results:
        print(" ", r if isinstance(r, str) else type(r).__name__)
    print(sorted(svc.processed.items()))
    print("tasks left:", [t.get_name() for t in asyncio.all_tasks()])


asyncio.run(main())
