import functools as ft

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        res = '-> ' + repr(r)
    except Exception as e:
        res = '!! ' + type(e).__name__ + ': ' + str(e)
    print(label, res)

show('reduce', ft.reduce, lambda a, b: a + b, [1, 2, 3]); show('reduce', ft.reduce, lambda a, b: a + b, []); show('reduce', ft.reduce, lambda a, b: a + b, [], 0)
show('reduce', ft.reduce, max, 5); show('reduce', ft.reduce, max); show('reduce', ft.reduce, lambda a, b: a * b, range(1, 6), 1)
p = ft.partial(pow, 2)
show('partial', p, 5); show('partial repr', repr, ft.partial(int, base=2)); show('partial', ft.partial(int, base=2), '101')
show('partial', ft.partial, 5); show('partial', ft.partial); print(p.func is pow, p.args, p.keywords)
pp = ft.partial(ft.partial(max, 1), 2, key=abs); print(pp.func is max, pp.args, pp.keywords, pp(-5))
class C:
    def m(self, a, b): return (a, b)
    pm = ft.partialmethod(m, 1)
show("partialmethod", C().pm, 2); print(repr(C.pm)[:38])
class P:
    f = ft.partial(lambda *a: a, 'x')
print(P().f('y'))
@ft.lru_cache(maxsize=2)
def sq(x): return x * x
for v in [1, 2, 1, 3, 1, 2]:
    sq(v)
print(sq.cache_info()); sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters())
@ft.lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
@ft.lru_cache(maxsize=None, typed=True)
def ty(x): return type(x).__name__
print(ty(1), ty(1.0), ty(True), ty.cache_info(), ty.cache_parameters())
show('lru_cache', ft.lru_cache, 'x'); show('lru', lambda: sq([1]))
@ft.cache
def c1(x, y=2): return x + y
print(c1(1), c1(1, y=2), c1(1, 2), c1.cache_info())
print(sq.__wrapped__.__name__, sq.__name__)
def deco(f):
    @ft.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def documented(x):
    "doc here"
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)
def g(): pass
g.extra = 1
def h(): pass
ft.update_wrapper(h, g, assigned=('__name__',), updated=('__dict__',)); print(h.__name__, h.extra)
print(ft.WRAPPER_ASSIGNMENTS, ft.WRAPPER_UPDATES)
@ft.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
show('total_ordering', ft.total_ordering, type('E', (), {}))
print(ft.cmp_to_key(lambda a, b: b - a)(3) < ft.cmp_to_key(lambda a, b: b - a)(5), sorted([3, 1, 2], key=ft.cmp_to_key(lambda a, b: a - b)))
@ft.singledispatch
def fun(x): return 'default'
@fun.register
def _(x: int): return 'int'
@fun.register(list)
def _(x): return 'list'
print(fun(1), fun([]), fun('s'), fun(True), sorted(k.__name__ for k in fun.registry), fun.dispatch(bool).__name__ if hasattr(fun.dispatch(bool), '__name__') else '')
class K:
    @ft.cached_property
    def val(self):
        print('computing'); return 42
k = K(); print(k.val, k.val, k.__dict__)
class K2:
    @ft.singledispatchmethod
    def m(self, x): return 'obj'
    @m.register
    def _(self, x: int): return 'int'
print(K2().m(1), K2().m('a'))
print(ft.reduce.__name__, ft.partial.__name__)
class PM:
    def m(self, *a, **k): return (type(self).__name__, a, k)
    @classmethod
    def cm(cls, *a): return (cls.__name__, a)
    pm = ft.partialmethod(m, 1, z=2)
    pcm = ft.partialmethod(cm, 'c')
    ppm = ft.partialmethod(pm, 3)
print(PM().pm(5), PM.pcm(6), PM().pcm(7), PM().ppm(8), PM.pm(PM(), 9))
print(repr(PM.__dict__['pm'])[:45], PM.pm.__name__, getattr(PM().pcm, '__self__', None))
show('partialmethod', ft.partialmethod, 5)
