"""Classic gotcha: functools.lru_cache on an async def caches the coroutine object, which can be
awaited only once. Fixed version caches the result (or a Task)."""
import asyncio
import functools

calls = 0


@functools.lru_cache(maxsize=None)
async def fetch_user_bad(uid: int) -> dict:
    global calls
    calls += 1
    await asyncio.sleep(0.01)
    return {"id": uid, "name": f"user{uid}"}


_cache: dict[int, asyncio.Task] = {}


def fetch_user_good(uid: int) -> asyncio.Task:
    if uid not in _cache:
        async def load():
            global calls
            calls += 1
            await asyncio.sleep(0.01)
            return {"id": uid, "name": f"user{uid}"}
        _cache[uid] = asyncio.create_task(load(), name=f"load-{uid}")
    return _cache[uid]


async def main():
    global calls
    print(await fetch_user_bad(1))
    try:
        print(await fetch_user_bad(1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("cache info:", fetch_user_bad.cache_info())
    calls = 0
    users = await asyncio.gather(*(fetch_user_good(u) for u in (1, 2, 1, 1, 2)))
    print([u["name"] for u in users], "calls:", calls)
    print(await fetch_user_good(2), sorted(t.get_name() for t in _cache.values()))
    coro = fetch_user_bad.__wrapped__(3)
    print(type(coro).__name__, coro.__qualname__)
    coro.close()


asyncio.run(main())
