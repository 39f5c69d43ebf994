import functools, copy, collections, contextlib
@functools.singledispatch
def f(x): return 'base'
@f.register(int)
def _(x): return 'int'
@f.register
def _(x: list): return 'list'
class Sub(list): pass
print(f(1), f(True), f([]), f(Sub()), f('s'), f.registry.keys() if False else sorted(k.__name__ for k in f.registry), f.dispatch(bool).__name__)
try:
    @f.register
    def _(x): return 'bad'
except TypeError as e:
    print(str(e)[:40])
class A:
    @functools.singledispatchmethod
    def m(self, x): return 'A base'
    @m.register
    def _(self, x: int): return 'A int'
print(A().m(1), A().m('x'))
def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k): return fn(*a, **k)
    return w
@deco
def target(a, b=1):
    "doc"
    return a + b
print(target.__name__, target.__doc__, target.__wrapped__.__name__, target.__qualname__, target(1), target.__module__)
p = functools.partial(target, b=5)
print(p(1), p.func is target, p.args, p.keywords, p(1, b=0))
p2 = functools.partial(p, 3)
print(p2(), p2.func is target, p2.args, p2.keywords)
try:
    functools.partial()
except TypeError as e:
    print(str(e)[:40])
try:
    functools.partial(1)
except TypeError as e:
    print(str(e)[:40])
print(functools.reduce(lambda a, b: a + b, [[1], [2]], []), functools.reduce(operator_add := (lambda a, b: a * b), range(1, 6)))
try:
    functools.reduce(max, [])
except TypeError as e:
    print(str(e)[:40])
class C:
    def __init__(self): self.n = 0
    @functools.cached_property
    def val(self):
        self.n += 1
        return self.n * 10
c = C()
print(c.val, c.val, c.n, C.val.__class__.__name__, C.val.attrname)
c.val = 99; print(c.val)
del c.val; print(c.val)
@functools.lru_cache
def g(x, y=2): return x * y
print(g(1), g(1, 2), g(1, y=2), g(x=1), g.cache_info(), g.cache_parameters())
@functools.lru_cache(maxsize=2, typed=True)
def h(x): return type(x).__name__
print(h(1), h(1.0), h(True), h.cache_info())
print(repr(functools.partial(max)), repr(functools.partialmethod(max, 1))[:30])
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
print(V(1) <= V(1), V(2) > V(1), V(1) >= V(2))
try:
    @functools.total_ordering
    class NoOrd: pass
except ValueError as e:
    print(str(e)[:40])
x = [1, [2, [3]]]
x.append(x)
y = copy.deepcopy(x)
print(y[2] is y, y[1] is not x[1], y[1][1] == [3])
d = collections.OrderedDict(a=[1])
e = copy.deepcopy(d); e['a'].append(2); print(d, e, type(e).__name__)
cnt = collections.Counter('aab'); c2 = copy.copy(cnt); c2['a'] = 0; print(cnt, c2)
dq = collections.deque([[1]], maxlen=5); dq2 = copy.deepcopy(dq); dq2[0].append(2); print(dq, dq2, dq2.maxlen)
class Slots:
    __slots__ = ('a', 'b')
s = Slots(); s.a = [1]
s2 = copy.deepcopy(s); s2.a.append(2); print(s.a, s2.a, hasattr(s2, 'b'))
class GS:
    def __init__(self): self.x = 1; self.y = 2
    def __getstate__(self): return {'x': self.x}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
g2 = copy.copy(GS()); print(vars(g2))
class R:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (R, (self.a * 2,))
print(copy.copy(R(2)).a, copy.deepcopy(R(3)).a)
print(True, copy.deepcopy((1, 2)) == (1, 2), copy.copy([1, 2]))
@contextlib.contextmanager
def cm(tag):
    print('enter', tag)
    try:
        yield tag.upper()
    except KeyError as e:
        print('caught in cm', e)
    finally:
        print('exit', tag)
with cm('a') as v:
    print('body', v)
with cm('b'):
    raise KeyError('k')
try:
    with cm('c'):
        raise ValueError('v')
except ValueError as e:
    print('outer', e)
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
with contextlib.ExitStack() as st:
    for t in 'xy':
        st.enter_context(cm(t))
    st.callback(print, 'callback')
print(contextlib.nullcontext(5).__enter__())
