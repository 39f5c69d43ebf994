"""Cache with single-flight: concurrent misses for one key share one fetch."""
import asyncio


class Cache:
    def __init__(self, loader):
        self.loader = loader
        self.values = {}
        self.inflight = {}
        self.loads = []
        self.hits = 0

    async def get(self, key):
        if key in self.values:
            self.hits += 1
            return self.values[key]
        fut = self.inflight.get(key)
        if fut is None:
            fut = asyncio.get_running_loop().create_future()
            self.inflight[key] = fut
            asyncio.create_task(self._load(key, fut), name=f"load-{key}")
        return await asyncio.shield(fut)

    async def _load(self, key, fut):
        self.loads.append(key)
        try:
            value = await self.loader(key)
        except Exception as e:
            fut.set_exception(e)
        else:
            self.values[key] = value
            fut.set_result(value)
        finally:
            del self.inflight[key]


async def slow_loader(key):
    for _ in range(len(key)):
        await asyncio.sleep(0)
    if key.startswith("bad"):
        raise KeyError(key)
    return key.upper()


async def client(cache, name, keys, log):
    for k in keys:
        try:
            v = await cache.get(k)
            log.append(f"{name} {k}={v}")
        except KeyError as e:
            log.append(f"{name} {k} failed {e}")


async def main():
    cache = Cache(slow_loader)
    log = []
    await asyncio.gather(
        client(cache, "c1", ["apple", "kiwi", "bad1"], log),
        client(cache, "c2", ["apple", "bad1", "kiwi"], log),
        client(cache, "c3", ["kiwi", "apple", "fig"], log),
    )
    for line in log:
        print(line)
    print("loads:", cache.loads)
    print("hits:", cache.hits, "cached:", sorted(cache.values))
    waiter = asyncio.create_task(cache.get("pineapple"))
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0.01)
    print("cancelled waiter:", waiter.cancelled(), "load finished anyway:", "pineapple" in cache.values)


asyncio.run(main())
