import math

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        res = '-> ' + repr(r)
    except Exception as e:
        res = '!! ' + type(e).__name__ + ' ' + str(e)
    shown = tuple(a if type(a) in (int, float, str, bool, list, tuple, type(None)) else type(a).__name__ for a in args)
    print(label, shown, kw, res)

for a in [0, 1, 5, 20, 100, -1, 3.0, 3.5, True, 'x', 10**20]:
    show('factorial', math.factorial, a)
    show('isqrt', math.isqrt, a)
for args in [(), (12,), (12, 18), (12, 18, 27), (0, 0), (-4, 6), (2**70, 2**65), (3.0, 6), (1, 'a')]:
    show('gcd', math.gcd, *args)
    show('lcm', math.lcm, *args)
for args in [(5, 2), (5, 0), (5, 5), (5, 6), (10,), (10, None), (-1, 2), (5, -1), (5.0, 2), (100, 50), (3, 'x')]:
    show('comb', math.comb, *args)
    show('perm', math.perm, *args)
for it in [[1, 2, 3], [], [0.1] * 10, [1e100, 1.0, -1e100], (x for x in range(5)), [1, 'a'], 5, [float('inf'), float('-inf')], [2**80, 1]]:
    show('fsum', math.fsum, it)
    show('prod', math.prod, it if not hasattr(it, '__next__') else [1, 2])
show('prod', math.prod, [2, 3], start=10)
show('prod', math.prod, ['ab'], start=1)
show('prod', math.prod, [[1]], start=3)
for a in [1.5, -2.25, 0.0, 1e-320, float('inf'), float('nan'), 7, 2**64]:
    show('frexp', math.frexp, a)
    show('modf', math.modf, a)
    show('isfinite', math.isfinite, a)
    show('isinf', math.isinf, a)
    show('isnan', math.isnan, a)
    show('ulp', math.ulp, a)
for args in [(1.0, 1.0000000001), (1.0, 1.1), (0.0, 1e-10), (1, 1.0), (float('inf'), float('inf')), (float('nan'), float('nan'))]:
    show('isclose', math.isclose, *args)
show('isclose', math.isclose, 0.0, 1e-10, abs_tol=1e-9)
show('isclose', math.isclose, 1.0, 1.1, rel_tol=0.2)
show('isclose', math.isclose, 1.0, 1.1, rel_tol=-1)
show('isclose', math.isclose, 1.0)
show('dist', math.dist, (0, 0), (3, 4))
show('dist', math.dist, (0, 0, 0), (1, 1, 1))
show('dist', math.dist, (0, 0), (1,))
show('dist', math.dist, [0, 0], [3, 4])
show('hypot', math.hypot)
show('hypot', math.hypot, 3, 4, 12)
show('hypot', math.hypot, -3)
for a in [2.5, -2.5, 3.5, 2, 'x', float('inf'), float('nan')]:
    show('floor', math.floor, a)
    show('ceil', math.ceil, a)
    show('trunc', math.trunc, a)
    show('round', round, a)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
show('sumprod', getattr, math, 'sumprod')
show('nextafter', math.nextafter, 1.0, 2.0)
show('log', math.log, 8, 2)
show('log', math.log, 2**1000)
show('log', math.log, 2**1000, 2)
show('log2', math.log2, 2**1000)
show('log10', math.log10, 10**400)
show('log', math.log, 0)
show('log', math.log, -1)
show('log', math.log, 10, 1)
show('log', math.log, 10, 0)
show('sqrt', math.sqrt, -1)
show('pow', math.pow, 0, -1)
show('pow', math.pow, -8, 1/3)
show('pow', math.pow, 10, 400)
show('exp', math.exp, 1000)
show('factorial', math.factorial, -5)
show('isqrt', math.isqrt, -5)
show('fmod', math.fmod, 1, 0)
show('fmod', math.fmod, float('inf'), 1)
show('copysign', math.copysign, 1, -0.0)
show('ldexp', math.ldexp, 1.0, 10000)
show('ldexp', math.ldexp, 1.0, 1.5)
class Idx:
    def __index__(self): return 5
class Fl:
    def __float__(self): return 2.5
show('factorial', math.factorial, Idx())
show('sqrt', math.sqrt, Fl())
show('floor', math.floor, Fl())
class F2:
    def __floor__(self): return 'floored'
    def __ceil__(self): return 'ceiled'
    def __trunc__(self): return 'trunced'
show('floor', math.floor, F2())
show('ceil', math.ceil, F2())
show('trunc', math.trunc, F2())
show('comb', math.comb, Idx(), 2)
show('gcd', math.gcd, Idx(), 15)
