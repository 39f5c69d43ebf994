# A custom awaitable whose __await__ delegates with yield from to a coroutine's __await__(): steps report the inner coroutine's line.
import asyncio


class Wrapped:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return (yield from self.coro.__await__())


class Gen:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 'gen done'


async def inner(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    print(await Wrapped(inner(3)))
    print(await Gen())
    print(await Wrapped(Wrapped(inner(5))))

asyncio.run(main())
