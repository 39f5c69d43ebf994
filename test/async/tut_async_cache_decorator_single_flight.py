"""An async memoizing decorator with single-flight (concurrent callers share one in-flight Task),
TTL expiry by loop.time(), error non-caching, and cache statistics via a dataclass."""
import asyncio
import functools
from dataclasses import dataclass


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    shared: int = 0
    errors: int = 0

    def __str__(self) -> str:
        total = self.hits + self.misses + self.shared
        return (f"hits={self.hits} misses={self.misses} shared={self.shared} errors={self.errors} "
                f"hit-rate={(self.hits + self.shared) / total:.0%}" if total else "empty")


def async_cached(ttl: float):
    def decorator(fn):
        values: dict = {}
        inflight: dict = {}
        stats = CacheStats()

        @functools.wraps(fn)
        async def wrapper(*args):
            loop = asyncio.get_running_loop()
            if args in values:
                expires, value = values[args]
                if loop.time() < expires:
                    stats.hits += 1
                    return value
                del values[args]
            if args in inflight:
                stats.shared += 1
                return await asyncio.shield(inflight[args])
            stats.misses += 1
            task = asyncio.create_task(fn(*args), name=f"{fn.__name__}{args}")
            inflight[args] = task
            try:
                value = await asyncio.shield(task)
            except Exception:
                stats.errors += 1
                raise
            finally:
                inflight.pop(args, None)
            values[args] = (loop.time() + ttl, value)
            return value

        wrapper.stats = stats
        wrapper.cache_clear = values.clear
        return wrapper
    return decorator


CALLS: list[str] = []


@async_cached(ttl=0.05)
async def lookup(city: str) -> str:
    CALLS.append(city)
    await asyncio.sleep(0.01)
    if city == "atlantis":
        raise LookupError(f"no such city: {city}")
    return f"{city.title()}: {len(city) * 3}°C"


async def main():
    first = await asyncio.gather(*(lookup(c) for c in ["paris", "oslo", "paris", "paris", "oslo"]))
    print(first)
    print("after burst:", lookup.stats, "calls:", CALLS)
    print(await lookup("paris"), "|", lookup.stats)
    await asyncio.sleep(0.06)
    print(await lookup("paris"), "| expired ->", lookup.stats)
    results = await asyncio.gather(lookup("atlantis"), lookup("atlantis"), return_exceptions=True)
    print([repr(r) for r in results], lookup.stats)
    lookup.cache_clear()
    await lookup("oslo")
    print("calls:", CALLS, lookup.__name__, lookup.__wrapped__.__name__)


asyncio.run(main())
