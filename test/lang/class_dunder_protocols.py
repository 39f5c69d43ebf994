# Special-method protocols: __getitem__ iteration, __missing__, reflected/in-place ops, __round__/__format__, __len__ limits, __hash__ rules.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq(), list(reversed([1,2])))
t(lambda: reversed(Seq()))
t(lambda: len(Seq()))
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d['zz'], d.get('zz'), 'zz' in d, d)
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o): return N(o + self.v)
    def __repr__(self): return f'N({self.v})'
    def __round__(self, n=None): return N(round(self.v, n))
    def __abs__(self): return N(abs(self.v))
    def __neg__(self): return N(-self.v)
    def __trunc__(self): return int(self.v)
    def __format__(self, spec): return format(self.v, spec) + '!'
    def __bool__(self): return self.v != 0
    def __contains__(self, x): return x == self.v
x = N(1.55)
x += 1
print(x, 1 + x, sum([N(1), N(2)]), round(x, 1), round(x), abs(N(-2)), -x, f'{x:.1f}', bool(N(0)), 2.55 in x)
import math
print(math.trunc(N(3.7)), math.floor(3.7), math.ceil(-3.2), math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.lcm(4, 6), math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3]))
print(math.isqrt(10 ** 20 + 1), math.fsum([0.1] * 10), math.copysign(1, -0.0), math.inf, -math.inf, math.nan != math.nan, math.dist((0, 0), (3, 4)), math.hypot(3, 4))
t(lambda: math.sqrt(-1)); t(lambda: math.log(0)); t(lambda: math.factorial(-1)); t(lambda: math.factorial(2.5)); t(lambda: int(math.inf))
class Eq:
    def __eq__(self, o): return True
t(lambda: Eq() == 1); t(lambda: Eq() != 1); t(lambda: 1 == Eq()); t(lambda: [Eq()] == [5]); t(lambda: Eq() in [1, 2]); t(lambda: {Eq()})
class H:
    def __hash__(self): return 42
    def __eq__(self, o): return isinstance(o, H)
print(len({H(), H()}), hash(H()))
class BadHash:
    def __hash__(self): return 'x'
t(lambda: hash(BadHash()))
class Big:
    def __len__(self): return 2 ** 70
t(lambda: len(Big()))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(list(It()), [*It()])
class NoIter:
    __iter__ = None
t(lambda: iter(NoIter()))
class Cont:
    def __iter__(self): yield from (1, 2, 3)
print(2 in Cont(), list(Cont()), max(Cont()), sorted(Cont(), reverse=True))
class IAdd:
    def __init__(self): self.l = []
    def __iadd__(self, o): self.l.append(o); return self
a = IAdd(); a += 5; a += 6; print(a.l)
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, k=2), callable(Call()), callable(Call))
t(lambda: N(1) < N(2)); t(lambda: N(1) - N(2)); t(lambda: N(1) * 2)
