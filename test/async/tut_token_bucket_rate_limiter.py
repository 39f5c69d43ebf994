"""Token-bucket rate limiter using loop.time(); requests report when they were admitted."""
import asyncio
import math


class TokenBucket:
    def __init__(self, rate: float, capacity: int) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = float(capacity)
        self.loop = asyncio.get_running_loop()
        self.updated = self.loop.time()
        self.lock = asyncio.Lock()

    def _refill(self) -> None:
        now = self.loop.time()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    async def acquire(self) -> float:
        async with self.lock:
            self._refill()
            if self.tokens < 1:
                wait = (1 - self.tokens) / self.rate
                await asyncio.sleep(wait)
                self._refill()
            self.tokens -= 1
            return self.loop.time()


async def request(i: int, bucket: TokenBucket, t0: float, log: list) -> None:
    admitted = await bucket.acquire()
    log.append((i, admitted - t0))


async def main():
    bucket = TokenBucket(rate=50.0, capacity=3)
    t0 = bucket.loop.time()
    log: list[tuple[int, float]] = []
    await asyncio.gather(*(request(i, bucket, t0, log) for i in range(8)))
    print("admission order:", [i for i, _ in log])
    burst = [i for i, t in log if t < 0.01]
    print("admitted in the first burst:", burst)
    print("the rest waited for tokens:", all(t >= 0.02 * (i - 2) - 1e-9 for i, t in log if i >= 3))
    print("tokens left:", math.floor(bucket.tokens * 1000) / 1000 >= 0)
    print("lock free:", not bucket.lock.locked())


asyncio.run(main())
