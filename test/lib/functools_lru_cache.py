from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=2)
def f(x):
    calls.append(x)
    return x * 10


for x in [1, 2, 1, 3, 2, 1, 1]:
    print(x, f(x), f.cache_info())
print(calls)
f.cache_clear()
print(f.cache_info())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__)


@cache
def slow_sq(n):
    calls.append(('sq', n))
    return n * n


print(slow_sq(4), slow_sq(4), slow_sq(5), slow_sq.cache_info())
print(calls[-2:])


@lru_cache(maxsize=None)
def kw(a, b=1, *, c=2):
    return (a, b, c)


print(kw(1), kw(1), kw(1, b=1), kw(1, c=3), kw.cache_info())
print(kw.cache_parameters())


@lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())
try:
    f([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    lru_cache(maxsize='big')
except TypeError as e:
    print('TypeError', e)
