import asyncio


class RateLimiter:
    def __init__(self, rate, per):
        self.sem = asyncio.Semaphore(rate)
        self.per = per
        self.loop = asyncio.get_running_loop()

    async def __aenter__(self):
        await self.sem.acquire()
        return self

    async def __aexit__(self, *exc):
        self.loop.call_later(self.per, self.sem.release)
        return False


async def call_api(i, limiter, stamps):
    async with limiter:
        stamps.append((i, int((limiter.loop.time() - T0) // 0.5)))
        await asyncio.sleep(0.01)
        return i * i


async def main():
    global T0
    loop = asyncio.get_running_loop()
    T0 = loop.time()
    lim = RateLimiter(3, 0.5)
    stamps = []
    res = await asyncio.gather(*(call_api(i, lim, stamps) for i in range(10)))
    print(res)
    for s in stamps:
        print(s)
    print(repr(lim.sem).split(" at ")[0] if " at " in repr(lim.sem) else repr(lim.sem)[-30:])
    await asyncio.sleep(0.6)
    print(lim.sem.locked(), lim.sem._value)


T0 = 0
asyncio.run(main())
