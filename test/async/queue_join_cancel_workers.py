# Producer/consumer with Queue.join/task_done; workers are cancelled once the queue drains.
import asyncio


async def worker(name, q, results):
    try:
        while True:
            item = await q.get()
            try:
                for _ in range(item):
                    await asyncio.sleep(0)
                results.append((name, item))
                print(f"{name} processed {item} (left {q.qsize()})")
            finally:
                q.task_done()
    except asyncio.CancelledError as e:
        print(f"{name} cancelled args={e.args}")
        raise


async def main():
    q = asyncio.Queue(maxsize=3)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results), name=f"worker-{i}") for i in range(3)]

    async def producer():
        for item in [5, 1, 3, 2, 4, 1, 2]:
            await q.put(item)
            print(f"put {item} full={q.full()} size={q.qsize()}")
    await producer()
    print("joined?", q._unfinished_tasks if hasattr(q, "_unfinished_tasks") else "?")
    await q.join()
    print("all done", sorted(results))
    for w in workers:
        w.cancel("shutdown")
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res], [r.args for r in res])
    print([w.cancelled() for w in workers])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
