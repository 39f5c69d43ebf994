import asyncio


class Paginator:
    def __init__(self, total, page_size):
        self.total = total
        self.page_size = page_size
        self.page = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        start = self.page * self.page_size
        if start >= self.total:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)
        self.page += 1
        return list(range(start, min(start + self.page_size, self.total)))


async def main():
    pages = []
    async for page in Paginator(10, 3):
        print("page", page)
        pages.append(page)
    flat = [x for p in pages for x in p]
    print(sum(flat))
    it = aiter(Paginator(4, 2))
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
