"""Python docs Queue example: workers consume sleep-jobs, queue.join(), then cancel workers."""
import asyncio
import random


async def worker(name: str, queue: asyncio.Queue, totals: dict) -> None:
    while True:
        sleep_for = await queue.get()
        try:
            await asyncio.sleep(sleep_for)
            totals[name] = totals.get(name, 0) + sleep_for
            print(f"{name} has slept for {sleep_for:.3f} seconds")
        finally:
            queue.task_done()


async def main():
    random.seed(11)
    queue: asyncio.Queue[float] = asyncio.Queue()
    total_sleep_time = 0.0
    for _ in range(10):
        sleep_for = round(random.uniform(0.01, 0.1), 2)
        total_sleep_time += sleep_for
        queue.put_nowait(sleep_for)
    print(f"queued {queue.qsize()} items, total {total_sleep_time:.2f}")

    totals: dict[str, float] = {}
    tasks = []
    for i in range(3):
        task = asyncio.create_task(worker(f"worker-{i}", queue, totals), name=f"W{i}")
        tasks.append(task)

    loop = asyncio.get_running_loop()
    started_at = loop.time()
    await queue.join()
    total_slept_for = loop.time() - started_at

    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print([t.cancelled() for t in tasks])

    print("====")
    print(f"3 workers in parallel beat one: {total_slept_for < total_sleep_time}")
    print(f"total expected sleep time: {total_sleep_time:.2f} seconds")
    for name in sorted(totals):
        print(f"  {name:>10}: {totals[name]:6.2f}")
    print("queue empty:", queue.empty(), "unfinished:", queue._unfinished_tasks)


asyncio.run(main())
