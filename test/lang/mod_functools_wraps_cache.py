# functools.wraps, lru_cache with cache_info, cache
import functools
def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__}{args} -> {result}")
        return result
    return wrapper
@traced
def add(a, b):
    """Add two numbers."""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(10, 20))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def slow_square(x):
    print("  computing", x)
    return x * x
for v in [1, 2, 1, 3, 1, 2]:
    print(v, slow_square(v))
print(slow_square.cache_info())
@functools.cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(10, 10), count_paths(16, 16))
print(count_paths.cache_info().currsize > 0)
calls = []
@functools.lru_cache(maxsize=128)
def kw(a, b=1):
    calls.append((a, b))
    return a + b
print(kw(1), kw(1), kw(1, 1), kw(a=1), kw(1, b=1), len(calls))
