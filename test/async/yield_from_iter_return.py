import asyncio


class Gen:
    def __iter__(self):
        x = yield 1
        print("sent", x)
        return 5


class Manual:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n * 10)
        return self.n


def outer():
    v = yield from Gen()
    print("v =", v)
    w = yield from Manual()
    print("w =", w)


g = outer()
print(next(g))
print(g.send("hello"))
for x in g:
    print("x", x)


class Wrapped:
    def __await__(self):
        return inner().__await__()


async def inner():
    await asyncio.sleep(0)
    return "inner result"


async def main():
    w = inner().__await__()
    print(type(w).__name__, iter(w) is w)
    w.close()
    print(await Wrapped())
    print(await asyncio.ensure_future(Wrapped()))


asyncio.run(main())
