import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)


async def scheduler(q, results):
    while True:
        job = await q.get()
        await asyncio.sleep(0.02)
        results.append((job.priority, job.name))
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    results = []
    for seq, (p, n) in enumerate([(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent2"), (5, "bg")]):
        q.put_nowait(Job(p, seq, n))
    print("queued", q.qsize(), repr(q._queue[0]))
    w = asyncio.create_task(scheduler(q, results))
    await asyncio.sleep(0.03)
    q.put_nowait(Job(0, 99, "emergency"))
    await q.join()
    w.cancel()
    print(results)
    print(q.empty(), w.cancelled())


asyncio.run(main())
