import asyncio
import functools

async def coro_fn():
    return 1

def plain():
    return 2

async def agen():
    yield 1

class Awaitable:
    def __await__(self):
        yield from []
        return 3

async def main():
    loop = asyncio.get_running_loop()
    c = coro_fn()
    fut = loop.create_future()
    task = asyncio.create_task(coro_fn())
    checks = [
        ("coro_fn", coro_fn), ("plain", plain), ("agen", agen),
        ("coroutine obj", c), ("future", fut), ("task", task),
        ("partial", functools.partial(coro_fn)), ("Awaitable()", Awaitable()),
        ("None", None), ("int", 5), ("agen()", agen()),
    ]
    for name, obj in checks:
        print(f"{name:14} isfuture={asyncio.isfuture(obj)!s:5} iscoroutine={asyncio.iscoroutine(obj)!s:5} "
              f"iscoroutinefunction={asyncio.iscoroutinefunction(obj)}")
    print(asyncio.isfuture(asyncio.Future), asyncio.isfuture(asyncio.Task))
    c.close()
    await task
    fut.cancel()
    print(await Awaitable())
    w = asyncio.wrap_future(fut)
    print("wrap_future same:", w is fut)
    try:
        asyncio.wrap_future(42)
    except AssertionError as e:
        print("AssertionError:", e)
    ef = asyncio.ensure_future(Awaitable())
    print(type(ef).__name__, await ef)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())


class K:
    async def method(self):
        pass

    @staticmethod
    async def static():
        pass

    @classmethod
    async def klass(cls):
        pass


def marked():
    pass


marked._is_coroutine = asyncio.coroutines._is_coroutine
for name, obj in [("bound method", K().method), ("function", K.method), ("staticmethod via class", K.static),
                  ("classmethod via class", K.klass), ("raw staticmethod", K.__dict__["static"]),
                  ("raw classmethod", K.__dict__["klass"]), ("marked", marked), ("lambda", lambda: None)]:
    print(f"{name}: {asyncio.iscoroutinefunction(obj)}")
