class A:
    def __init_subclass__(cls, /, **kw):
        print('init_subclass', cls.__name__, kw)
        super().__init_subclass__(**kw)
class B(A, x=1): pass
try:
    class C(object, y=2): pass
except TypeError as e:
    print(e)
class D:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
class H:
    a = D()
    b = D()
class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "doc of x"
        return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError('neg')
        self._x = v
    @x.deleter
    def x(self): print('del x')
p = P()
p.x = 5
print(p.x, P.x.__doc__)
del p.x
try:
    p.x = -1
except ValueError as e:
    print(e)
class RO:
    @property
    def v(self): return 1
try:
    RO().v = 2
except AttributeError as e:
    print(e)
try:
    del RO().v
except AttributeError as e:
    print(e)
class S:
    __slots__ = ('a',)
s = S()
try:
    s.a
except AttributeError as e:
    print(e)
try:
    s.b = 1
except AttributeError as e:
    print(e)
print(S.a, type(S.a).__name__)
class S2(S):
    pass
s2 = S2(); s2.b = 1; print(s2.__dict__)
class GA:
    def __getattr__(self, n):
        if n == 'boom': raise KeyError(n)
        return n * 2
print(GA().abc)
try:
    GA().boom
except KeyError as e:
    print('keyerror', e)
print(getattr(GA(), 'zz', 'dflt'), hasattr(GA(), 'q'))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return ('radd', o)
    def __iadd__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
n = Num(1)
print(n + 1 if False else 1 + n, n == n, n != n, n == 1)
try:
    n + 1
except TypeError as e:
    print(e)
try:
    n < 1
except TypeError as e:
    print(e)
m = n
m += 5 if False else 0
print(m)
class T:
    def __bool__(self): return 2
try:
    bool(T())
except TypeError as e:
    print(e)
class L:
    def __len__(self): return -1
try:
    bool(L())
except ValueError as e:
    print(e)
class L2:
    def __len__(self): return 2**70
try:
    len(L2())
except OverflowError as e:
    print(e)
class Hh:
    def __eq__(self, o): return True
try:
    hash(Hh())
except TypeError as e:
    print(e)
class Fm:
    def __format__(self, spec): return f'<{spec}>'
print(f'{Fm():>10}', format(Fm()), '{:x}'.format(Fm()))
class Bad:
    def __format__(self, spec): return 5
try:
    format(Bad())
except TypeError as e:
    print(e)
class Rp:
    def __repr__(self): return 5
try:
    repr(Rp())
except TypeError as e:
    print(e)
class St:
    def __str__(self): return None
try:
    str(St())
except TypeError as e:
    print(e)
class It:
    def __iter__(self): return 5
try:
    iter(It())
except TypeError as e:
    print(e)
class Cn:
    def __contains__(self, x): return []
print(1 in Cn(), 1 not in Cn())
class Gi:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print(list(Gi()), 2 in Gi(), 5 in Gi(), list(reversed([0, 1])))
class Cl:
    def __call__(self, *a, **k): return a, k
print(Cl()(1, x=2), callable(Cl()), callable(Cl))
class Meta(type):
    def __instancecheck__(cls, obj): return obj == 'magic'
class Q(metaclass=Meta): pass
print(isinstance('magic', Q), isinstance(1, Q))
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): return 1
with Ctx():
    raise ValueError('suppressed')
print('after suppressed')
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Rev:
    def __radd__(self, o): return 'rev'
print([1] + Rev() if False else 'skip', 'x' + Rev(), 5 + Rev())
class Sub(int):
    def __radd__(self, o): return 'sub radd'
print(1 + Sub(2), Sub(2) + 1)
class Fl(float):
    def __rsub__(self, o): return 'fl rsub'
print(1.5 - Fl(2), 1 - Fl(2))
class Mat:
    def __matmul__(self, o): return 'mm'
    def __rmatmul__(self, o): return 'rmm'
print(Mat() @ 1, 1 @ Mat())
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], 'abc'[Idx():], bin(Idx()), hex(Idx()), range(Idx()), [1] * Idx())
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'C{self.v}'
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(1), Cmp(5)), min([Cmp(4), Cmp(0)]))
try:
    Cmp(1) > 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(Cmp(1) > Cmp(0))
