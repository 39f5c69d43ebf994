import asyncio
import random

random.seed(7)


async def producer(q, n, pid):
    for i in range(n):
        item = (pid, i)
        await q.put(item)
        print(f"P{pid} put {item} qsize={q.qsize()} full={q.full()}")
        await asyncio.sleep(random.choice([0, 0]))


async def worker(name, q, done):
    while True:
        item = await q.get()
        try:
            for _ in range(1 + item[1] % 3):
                await asyncio.sleep(0)
            done.append((name, item))
            print(f"{name} handled {item}")
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue(maxsize=3)
    done = []
    workers = [asyncio.create_task(worker(f"w{i}", q, done), name=f"worker-{i}") for i in range(3)]
    prods = [asyncio.create_task(producer(q, 4, p)) for p in range(2)]
    await asyncio.gather(*prods)
    print("producers finished, unfinished:", q._unfinished_tasks)
    await q.join()
    print("joined; empty:", q.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(len(done), sorted(x[1] for x in done))
    print([w.cancelled() for w in workers])


asyncio.run(main())
