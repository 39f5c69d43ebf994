# functools: lru_cache statistics, partial, reduce errors, total_ordering, cached_property, singledispatch, wraps.
import functools
from functools import lru_cache, partial, reduce, total_ordering, cached_property, singledispatch, wraps
@lru_cache(maxsize=2)
def f(x):
    print('compute', x); return x * 2
f(1); f(2); f(1); f(3); f(2)
print(f.cache_info())
f.cache_clear(); print(f.cache_info())
@lru_cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
@functools.cache
def sq(n): return n*n
print(sq(3), sq(3), sq.cache_info())
p = partial(int, base=2)
print(p('101'), repr(p), p.func, p.args, p.keywords)
def g(a, b, c=3): return a, b, c
p2 = partial(g, 1, c=9)
print(p2(2), repr(p2)[:20])
p3 = partial(p2, 5); print(p3(), p3.args)
try: reduce(lambda a, b: a+b, [])
except TypeError as e: print(e)
print(reduce(operator_add := (lambda a, b: a + b), [1,2,3], 10))
try: reduce(1, [1,2])
except TypeError as e: print(e)
@total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f'V({self.n})'
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1), sorted([V(3), V(1)]))
class C:
    def __init__(self): self.count = 0
    @cached_property
    def val(self):
        self.count += 1; return 42
c = C(); print(c.val, c.val, c.count, 'val' in c.__dict__)
del c.val; print(c.val, c.count)
@singledispatch
def show(x): return f'obj {x!r}'
@show.register
def _(x: int): return f'int {x}'
@show.register(list)
def _(x): return f'list {len(x)}'
print(show(1), show([1,2]), show('s'), show(True))
def deco(fn):
    @wraps(fn)
    def inner(*a): return fn(*a)
    return inner
@deco
def hello():
    "doc here"
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
print(sorted([3,1,2], key=functools.cmp_to_key(lambda a, b: b - a)))
@lru_cache(maxsize=None)
def h(a, b=1): return a + b
h(1); h(1, b=1); h(a=1); print(h.cache_info())
try:
    @lru_cache
    def bad(x): return x
    bad([1])
except TypeError as e: print(e)
print(f.__wrapped__(10))
print(f.cache_parameters())
