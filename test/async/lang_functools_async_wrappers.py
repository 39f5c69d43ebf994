import asyncio
import functools
from functools import partial, wraps, lru_cache, cache, reduce, cached_property, singledispatch

def logged(fn):
    @wraps(fn)
    async def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        r = await fn(*a, **k)
        print("ret", r)
        return r
    return wrapper

@logged
async def add(a, b=2):
    "doc of add"
    await asyncio.sleep(0)
    return a + b

@lru_cache(maxsize=2)
def sq(n):
    print("compute", n)
    return n * n

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

class Data:
    def __init__(self, v):
        self.v = v
    @cached_property
    def total(self):
        print("computing total")
        return sum(self.v)

@singledispatch
def show(x):
    return f"obj {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"

async def main():
    print(add.__name__, add.__doc__, add.__wrapped__.__name__)
    await add(1, b=5)
    p = partial(add, 10)
    print(await p(), p.args, p.keywords)
    for n in [1, 2, 1, 3, 1, 2]:
        sq(n)
    print(sq.cache_info())
    sq.cache_clear()
    print(sq.cache_info())
    print(fib(80), fib.cache_info())
    print(reduce(lambda a, b: a * b, range(1, 10), 1), reduce(max, [3, 9, 2]))
    try:
        reduce(max, [])
    except TypeError as e:
        print(e)
    d = Data([1, 2, 3])
    print(d.total, d.total, d.__dict__)
    print(show(3), show("s"), show([1, 2]), show(True))
    print(repr(partial(max, 1, key=abs)).startswith("functools.partial(<built-in function max>"))
    print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))

asyncio.run(main())
