"""Async TTL cache keyed by argument, expiring entries with loop.time(); stats via Counter."""
import asyncio
from collections import Counter
from typing import Any, Awaitable, Callable


class TTLCache:
    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self.store: dict[Any, tuple[float, Any]] = {}
        self.stats: Counter[str] = Counter()

    async def get_or_load(self, key: Any, loader: Callable[[Any], Awaitable[Any]]) -> Any:
        now = asyncio.get_running_loop().time()
        entry = self.store.get(key)
        if entry is not None:
            expires, value = entry
            if now < expires:
                self.stats["hit"] += 1
                return value
            self.stats["expired"] += 1
        else:
            self.stats["miss"] += 1
        value = await loader(key)
        self.store[key] = (asyncio.get_running_loop().time() + self.ttl, value)
        return value


async def slow_square(x: int) -> int:
    await asyncio.sleep(0.005)
    return x * x


async def main():
    cache = TTLCache(ttl=0.06)
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    timeline = []
    for step, key in enumerate([2, 3, 2, 2, 3, 4, 2, 3]):
        value = await cache.get_or_load(key, slow_square)
        timeline.append(f"{step}:{key}->{value} stats={sum(cache.stats.values())}")
        await asyncio.sleep(0.012)
    print("\n".join(timeline))
    print(dict(sorted(cache.stats.items())))
    print("keys:", sorted(cache.store))
    print("hit ratio: {:.0%}".format(cache.stats["hit"] / sum(cache.stats.values())))


asyncio.run(main())
