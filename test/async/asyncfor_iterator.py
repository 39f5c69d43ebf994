import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        print("__aiter__ called")
        return self

    async def __anext__(self):
        if self.n <= 0:
            print("raising StopAsyncIteration")
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n


async def main():
    async for v in Countdown(3):
        print("value", v)
    else:
        print("for-else runs")
    async for v in Countdown(5):
        if v == 2:
            print("break at", v)
            break
    it = Countdown(1).__aiter__()
    print(await it.__anext__())
    try:
        await it.__anext__()
    except StopAsyncIteration:
        print("manual StopAsyncIteration")
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
