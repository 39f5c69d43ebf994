# inspect's predicates on functions, methods, coroutines, generators, classes and modules.
import asyncio
import functools
import inspect
import sys
import abc


def plain(x):
    return x


async def coro_fn(x):
    return x


def gen_fn():
    yield 1


async def agen_fn():
    yield 1


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...


class Impl(Base):
    def run(self):
        return 'ran'

    async def amethod(self):
        return 1

    @staticmethod
    def smethod():
        pass

    @classmethod
    def cmethod(cls):
        pass


items = {
    'plain': plain,
    'coro_fn': coro_fn,
    'gen_fn': gen_fn,
    'agen_fn': agen_fn,
    'lambda': lambda: 0,
    'partial(coro_fn)': functools.partial(coro_fn, 1),
    'partial(partial(coro_fn))': functools.partial(functools.partial(coro_fn), 2),
    'partial(plain)': functools.partial(plain, 1),
    'Impl().amethod': Impl().amethod,
    'Impl().run': Impl().run,
    'Impl.amethod': Impl.amethod,
    'Impl.smethod': Impl.smethod,
    'Impl.cmethod': Impl.cmethod,
    'len': len,
    'Impl': Impl,
    'Base': Base,
    'sys': sys,
    '5': 5,
}
checks = ['isfunction', 'ismethod', 'iscoroutinefunction', 'isgeneratorfunction', 'isasyncgenfunction',
          'isclass', 'ismodule', 'isbuiltin', 'isroutine', 'isabstract']
for name, obj in items.items():
    flags = [c for c in checks if getattr(inspect, c)(obj)]
    print(f'{name:28} {flags}')

c = coro_fn(1)
g = gen_fn()
ag = agen_fn()
for name, obj in [('coroutine', c), ('generator', g), ('asyncgen', ag), ('future', None)]:
    print(name, inspect.iscoroutine(obj), inspect.isgenerator(obj), inspect.isasyncgen(obj), inspect.isawaitable(obj))
c.close()


class MyAwaitable:
    def __await__(self):
        yield


print(inspect.isawaitable(MyAwaitable()), inspect.isawaitable(MyAwaitable))


async def main():
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.ensure_future(coro_fn(3))
    print(inspect.isawaitable(fut), inspect.isawaitable(task), inspect.iscoroutine(task))
    fut.cancel()
    print(await task)


asyncio.run(main())


def timed(fn):
    """Decorator choosing a sync or async wrapper, as tutorials do."""
    if inspect.iscoroutinefunction(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            print('async call', fn.__name__)
            return await fn(*args, **kwargs)
    else:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            print('sync call', fn.__name__)
            return fn(*args, **kwargs)
    return wrapper


@timed
async def fetch(n):
    await asyncio.sleep(0)
    return n * 2


@timed
def compute(n):
    return n + 1


print(inspect.iscoroutinefunction(fetch), inspect.iscoroutinefunction(compute))
print(asyncio.run(fetch(5)), compute(5))
print(inspect.unwrap(fetch).__name__, inspect.unwrap(fetch) is not fetch)
print(inspect.getmro(Impl))
print(inspect.ismethoddescriptor(str.join), inspect.isdatadescriptor(property()))
print(inspect.istraceback(None), inspect.isframe(inspect.currentframe()), inspect.iscode(plain.__code__))
