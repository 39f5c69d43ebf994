"""A class implementing __aiter__/__anext__ (Ticker) and an async-iterable paginated API."""
import asyncio


class Ticker:
    """Yields ticks every `delay` seconds, `to` times."""

    def __init__(self, delay: float, to: int) -> None:
        self.delay = delay
        self.i = 0
        self.to = to

    def __aiter__(self) -> "Ticker":
        return self

    async def __anext__(self) -> int:
        i = self.i
        if i >= self.to:
            raise StopAsyncIteration
        self.i += 1
        if i:
            await asyncio.sleep(self.delay)
        return i


class PagedAPI:
    def __init__(self, total: int, page_size: int) -> None:
        self.total = total
        self.page_size = page_size
        self.requests = 0

    async def fetch_page(self, page: int) -> list[int]:
        self.requests += 1
        await asyncio.sleep(0.005)
        start = page * self.page_size
        return list(range(start, min(start + self.page_size, self.total)))

    def __aiter__(self):
        return self._items()

    async def _items(self):
        page = 0
        while True:
            items = await self.fetch_page(page)
            if not items:
                return
            for it in items:
                yield it
            page += 1


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    async for tick in Ticker(0.01, 5):
        print(f"tick {tick} (clock ok: {loop.time() >= t0})")
    api = PagedAPI(total=11, page_size=4)
    evens = [x async for x in api if x % 2 == 0]
    print("evens:", evens, "requests:", api.requests)
    it = aiter(Ticker(0, 2))
    print(await anext(it), await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration raised")
    total = 0
    async for x in PagedAPI(5, 2):
        total += x
    print("sum:", total)


asyncio.run(main())
