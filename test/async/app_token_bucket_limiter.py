import asyncio
import math


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.loop = asyncio.get_running_loop()
        self.updated = self.loop.time()
        self.lock = asyncio.Lock()
        self.waits = []

    def _refill(self):
        # Whole tokens only, with some slack for a late wake-up: the clock is read, not trusted.
        now = self.loop.time()
        earned = math.floor((now - self.updated) * self.rate + 0.25)
        if earned > 0:
            self.tokens = min(self.capacity, self.tokens + earned)
            self.updated += earned / self.rate
        if self.tokens == self.capacity:
            self.updated = now

    async def acquire(self, n=1):
        if n > self.capacity:
            raise ValueError(f"cannot take {n} tokens from bucket of {self.capacity}")
        async with self.lock:
            self._refill()
            if self.tokens < n:
                wait = (n - self.tokens) / self.rate
                self.waits.append(round(wait, 2))
                await asyncio.sleep(wait)
                self._refill()
            self.tokens -= n


async def client(bucket, name, costs, log, t0):
    for c in costs:
        await bucket.acquire(c)
        log.append((name, c, bucket.tokens))


async def deadline_demo():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    out = []
    async with asyncio.timeout(None) as cm:
        out.append(("when none", cm.when()))
        cm.reschedule(loop.time() + 0.05)
        await asyncio.sleep(0.01)
        out.append(("expired", cm.expired()))
    try:
        async with asyncio.timeout(0.03) as cm:
            await asyncio.sleep(0.02)
            cm.reschedule(cm.when() + 0.1)
            await asyncio.sleep(0.05)
            out.append("extended ok")
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(1)
    except TimeoutError:
        out.append(("expired after reschedule", cm.expired()))
    try:
        async with asyncio.timeout_at(loop.time() + 0.02):
            try:
                await asyncio.sleep(1)
            finally:
                out.append(("inner cancelling", asyncio.current_task().cancelling()))
    except TimeoutError as e:
        out.append(("timeout_at", type(e.__context__).__name__))
    out.append(("after", asyncio.current_task().cancelling()))
    out.append(("elapsed", round(loop.time() - t0, 1)))
    return out


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    bucket = TokenBucket(rate=20, capacity=3)
    log = []
    await asyncio.gather(
        client(bucket, "A", [1, 1, 1, 2], log, t0),
        client(bucket, "B", [3, 1], log, t0),
    )
    for entry in log:
        print(entry)
    print("waits", bucket.waits)
    try:
        await bucket.acquire(10)
    except ValueError as e:
        print("ValueError:", e)
    for item in await deadline_demo():
        print(item)
    fired = []
    h1 = loop.call_at(loop.time() + 0.02, fired.append, "at")
    h2 = loop.call_later(0.05, fired.append, "later")
    h3 = loop.call_later(0.01, fired.append, "cancelled")
    h3.cancel()
    print("handles", h1.cancelled(), h3.cancelled(), round(h2.when() - h1.when(), 2))
    await asyncio.sleep(0.08)
    print("fired", fired)


asyncio.run(main())
