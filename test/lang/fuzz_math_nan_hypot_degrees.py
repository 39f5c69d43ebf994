# math: NaN arguments pass through, hypot/dist as CPython's vector_norm, degrees/radians as one
# multiplication, modf keeps the sign of zero.
import math
import random

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)
    else:
        print(label, repr(r))

nan, inf = float('nan'), float('inf')
show(1, lambda: math.fmod(nan, 2))
show(2, lambda: math.fmod(2, nan))
show(3, lambda: math.fmod(inf, 2))
show(4, lambda: math.fmod(2, 0))
show(5, lambda: math.fmod(2, inf))
show(6, lambda: math.remainder(5, inf))
show(7, lambda: math.remainder(nan, 0))
show(8, lambda: math.remainder(inf, 2))
show(9, lambda: math.log(nan))
show(10, lambda: math.log2(nan))
show(11, lambda: math.log10(nan))
show(12, lambda: math.log(nan, 2))
show(13, lambda: math.log1p(nan))
show(14, lambda: math.sqrt(nan))
show(15, lambda: math.acos(nan))
show(16, lambda: math.modf(-1))
show(17, lambda: math.modf(-1.5))
show(18, lambda: math.modf(-inf))
show(19, lambda: math.modf(2.0))
show(20, lambda: math.degrees(99999 - 1/3))
show(21, lambda: math.degrees(-8 + 1e-07))
show(22, lambda: math.radians(123.456))
show(23, lambda: math.hypot(2.0, 2.5))
show(24, lambda: math.hypot(2**63, 6.02e23))
show(25, lambda: math.hypot(3e-320, 4e-320))
show(26, lambda: math.hypot(inf, nan))
show(27, lambda: math.hypot(nan, 1))
show(28, lambda: (math.hypot(), math.hypot(-3), math.hypot(1e308, 1e308)))
show(29, lambda: math.dist((1, 2), (4, 6.5)))
show(30, lambda: math.dist((1,), (1, 2)))
random.seed(5)
vals = []
for i in range(300):
    n = random.randint(0, 5)
    v = [random.uniform(-1, 1) * 10 ** random.randint(-30, 30) for _ in range(n)]
    vals.append(math.hypot(*v))
    if n:
        vals.append(math.dist(v, [random.uniform(-10, 10) for _ in range(n)]))
print(vals[:6], sum(vals))
