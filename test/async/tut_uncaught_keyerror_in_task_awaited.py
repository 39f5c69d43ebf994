"""KeyError in a cache lookup task bubbles up with its repr-formatted message."""
import asyncio
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.data: OrderedDict[str, int] = OrderedDict()
        self.capacity = capacity

    async def get(self, key: str) -> int:
        await asyncio.sleep(0)
        value = self.data[key]
        self.data.move_to_end(key)
        return value

    async def put(self, key: str, value: int) -> None:
        await asyncio.sleep(0)
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print(f"evicted {old}")


async def main():
    cache = LRUCache(2)
    for k, v in [("a", 1), ("b", 2), ("c", 3)]:
        await cache.put(k, v)
    print(list(cache.data.items()))
    print("b =", await cache.get("b"))
    t = asyncio.create_task(cache.get("a"), name="lookup-a")
    print("awaiting", t.get_name())
    await t


asyncio.run(main())
