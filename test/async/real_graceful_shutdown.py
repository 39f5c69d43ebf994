# A service with workers that stop on an Event, a supervisor with a timeout, and a final report.
import asyncio


class Service:
    def __init__(self):
        self.stop = asyncio.Event()
        self.processed = {}

    async def worker(self, name, period):
        count = 0
        try:
            while not self.stop.is_set():
                try:
                    await asyncio.wait_for(self.stop.wait(), timeout=period)
                except asyncio.TimeoutError:
                    count += 1
                    print(f"[{name}] job {count}")
            print(f"[{name}] saw stop after {count} jobs")
        finally:
            self.processed[name] = count

    async def stubborn(self):
        try:
            await asyncio.sleep(100)
        except asyncio.CancelledError:
            print("[stubborn] cancelled, flushing...")
            await asyncio.sleep(0.05)
            print("[stubborn] flushed")
            raise


async def main():
    svc = Service()
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    workers = [asyncio.create_task(svc.worker(n, p), name=n) for n, p in [("fast", 0.06), ("slow", 0.08)]]
    st = asyncio.create_task(svc.stubborn(), name="stubborn")
    # Stop 30 ms away from every worker timeout (0.06, 0.12, 0.18 / 0.08, 0.16), as CPython drifts under load.
    loop.call_later(0.21, svc.stop.set)
    done, pending = await asyncio.wait(workers + [st], timeout=0.25)
    print("done:", sorted(t.get_name() for t in done), "pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    results = await asyncio.gather(*pending, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(svc.processed, round(loop.time() - t0, 1))


asyncio.run(main())
