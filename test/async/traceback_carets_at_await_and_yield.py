import asyncio
import sys
import traceback


class Bad:
    def __await__(self):
        return iter([1])


def gen():
    z = yield 1
    return z


async def agen():
    yield 1


async def coro():
    return 1


def show(title):
    print("---", title)
    traceback.print_exc(file=sys.stdout)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_exception, KeyError("k"))
    try:
        x = await fut
    except KeyError:
        show("future with exception, assigned")
    fut = loop.create_future()
    loop.call_soon(fut.set_exception, KeyError("bare"))
    try:
        await fut
    except KeyError:
        show("future with exception, bare await")
    try:
        await Bad()
    except RuntimeError:
        show("bad yield, bare")
    try:
        y = await Bad()
    except RuntimeError:
        show("bad yield, assigned")
    g = gen()
    next(g)
    try:
        g.throw(OSError("o"))
    except OSError:
        show("throw into suspended generator")
    try:
        gen().throw(OSError("fresh"))
    except OSError:
        show("throw into fresh generator")
    c = coro()
    try:
        c.throw(ValueError("v"))
    except ValueError:
        show("throw into fresh coroutine")
    await athrows()


async def athrows():
    a = agen()
    try:
        z = await a.athrow(ValueError("w"))
    except ValueError:
        show("athrow into fresh async generator")
    a = agen()
    await anext(a)
    try:
        await a.athrow(ValueError("w2"))
    except ValueError:
        show("athrow into suspended async generator")


asyncio.run(main())
