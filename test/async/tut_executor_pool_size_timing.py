"""A ThreadPoolExecutor with 2 workers running 5 blocking jobs: the loop sees them finish in waves."""
import asyncio
import concurrent.futures
import threading
import time
from dataclasses import dataclass


@dataclass
class JobRecord:
    job: int
    started: float
    finished: float
    worker: str


def blocking_job(job: int, t0: float) -> JobRecord:
    start = time.monotonic() - t0
    time.sleep(0.11 if job % 2 else 0.1)
    return JobRecord(job, round(start, 1), round(time.monotonic() - t0, 1),
                     threading.current_thread().name)


async def main():
    loop = asyncio.get_running_loop()
    t0 = time.monotonic()
    order = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
        futs = [loop.run_in_executor(pool, blocking_job, i, t0) for i in range(5)]
        for coro in asyncio.as_completed(futs):
            rec = await coro
            order.append(rec)
            print(f"job {rec.job}: {rec.started:.1f}s -> {rec.finished:.1f}s on {rec.worker}"
                  f" (loop at {loop.time() - t0:.1f}s)")
    print("waves:", sorted({r.finished for r in order}))
    print(f"total {time.monotonic() - t0:.1f}s for 5 jobs of 0.1s/0.11s on 2 workers")
    t1 = time.monotonic()
    await asyncio.gather(*(loop.run_in_executor(None, time.sleep, 0.05) for _ in range(3)))
    print(f"default executor, 3 x 0.05s: {time.monotonic() - t1:.1f}s")


asyncio.run(main())
