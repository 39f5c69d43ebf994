import asyncio


class Ticker:
    def __init__(self, name, n):
        self.name, self.i, self.n = name, 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return f"{self.name}{self.i}"


async def consume(name, n):
    out = []
    async for item in Ticker(name, n):
        print("consumed", item)
        out.append(item)
    return out


async def main():
    print(await asyncio.gather(consume("a", 3), consume("b", 2), consume("c", 4)))


asyncio.run(main())
