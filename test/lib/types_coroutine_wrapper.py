# types.coroutine on generator functions and on plain functions returning generators or awaitables.
import asyncio
import types
import inspect


@types.coroutine
def sleep0():
    yield


def plain_gen():
    yield
    return 'plain'


@types.coroutine
def returns_gen():
    return plain_gen()


class Awaitable:
    def __await__(self):
        yield
        return 'awaitable'


@types.coroutine
def returns_awaitable():
    return Awaitable()


async def native():
    return 'native'


wrapped_native = types.coroutine(native)
print('same native function:', wrapped_native is native)
print('same generator function:', types.coroutine(sleep0) is sleep0)


async def main():
    print(await sleep0())
    r = returns_gen()
    print(type(r).__name__, hasattr(r, '__await__'), inspect.isawaitable(r))
    print(await r)
    print(await returns_awaitable())
    print(await wrapped_native())
    print(returns_gen.__name__, returns_gen.__wrapped__.__name__)
    g = sleep0()
    print(inspect.isawaitable(g), inspect.isgenerator(g), inspect.iscoroutine(g))
    print(inspect.getgeneratorstate(g))
    next(g)
    print(inspect.getgeneratorstate(g))
    g.close()
    print(inspect.getgeneratorstate(g))
    try:
        types.coroutine(5)
    except TypeError as e:
        print('TypeError:', e)
    w = returns_gen()
    print(w.gi_running, w.cr_running, w.gi_frame is not None)
    print(next(w))
    try:
        next(w)
    except StopIteration as e:
        print('StopIteration', e.value)


asyncio.run(main())
