"""Rate limiter: a Semaphore caps concurrency, a token bucket caps throughput."""
import asyncio


class TokenBucket:
    def __init__(self, rate_per_tick, capacity):
        self.tokens = capacity
        self.capacity = capacity
        self.rate = rate_per_tick
        self.cond = asyncio.Condition()
        self.ticks = 0

    async def refill_forever(self):
        while True:
            await asyncio.sleep(0.01)
            async with self.cond:
                self.ticks += 1
                self.tokens = min(self.capacity, self.tokens + self.rate)
                self.cond.notify_all()

    async def take(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.tokens > 0)
            self.tokens -= 1
            return self.ticks


class Limiter:
    def __init__(self, concurrency, bucket):
        self.sem = asyncio.Semaphore(concurrency)
        self.bucket = bucket
        self.in_flight = 0
        self.peak = 0

    async def run(self, name, work):
        async with self.sem:
            tick = await self.bucket.take()
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            try:
                result = await work()
                return name, tick, result
            finally:
                self.in_flight -= 1


def make_work(i):
    async def work():
        for _ in range(i % 3):
            await asyncio.sleep(0)
        return i * i
    return work


async def main():
    bucket = TokenBucket(rate_per_tick=2, capacity=3)
    refiller = asyncio.create_task(bucket.refill_forever(), name="refiller")
    limiter = Limiter(concurrency=2, bucket=bucket)
    jobs = [limiter.run(f"req{i}", make_work(i)) for i in range(10)]
    results = await asyncio.gather(*jobs)
    per_tick = {}
    for name, tick, value in results:
        per_tick.setdefault(tick, []).append(name)
        print(f"{name}: admitted at tick {tick}, value {value}")
    for tick in sorted(per_tick):
        print("tick", tick, "admitted", per_tick[tick])
    print("peak in flight:", limiter.peak)
    refiller.cancel()
    try:
        await refiller
    except asyncio.CancelledError:
        print("refiller stopped")


asyncio.run(main())
