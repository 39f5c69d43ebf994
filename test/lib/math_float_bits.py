# math helpers on float representation: frexp/ldexp, nextafter/ulp, cbrt, isclose, fsum vs sum, erf.
import math

for x in (1.0, 0.1, 8.0, 1e-310, 5e-324, -3.75, 1e308):
    m, e = math.frexp(x)
    print(x, (m, e), math.ldexp(m, e) == x, math.ulp(x))
print(math.ldexp(1.0, -1074), math.ldexp(1.5, -1075), math.ldexp(3, 1000), math.ldexp(1.0, -2000))
try:
    math.ldexp(1.0, 1024)
except OverflowError as e:
    print('OverflowError:', e)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(2.0, 2.0))
print(math.ulp(math.inf), math.isnan(math.ulp(math.nan)), math.ulp(1e308 * 10), math.ulp(-1.0))
print([math.cbrt(v) for v in (27, 64, 2, -8, 0.001, 1e300, -0.0)])
total = 0.0
for _ in range(10):
    total += 0.1
print(total, math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(total, 1.0), total == 1.0)
print(math.isclose(1e-12, 0), math.isclose(1e-12, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01))
print([round(math.erf(x), 12) for x in (0, 0.5, 1, 1.5, 2, 3)], round(math.erfc(0.5), 12))
print(math.erf(1) > 0.84, math.erf(-1) < -0.84, math.erf(10), math.erfc(10) < 1e-40)
print(math.prod([1.5, 2, 4]), math.prod(range(1, 11)), math.prod([], start=7), math.dist((1, 2, 3), (4, 6, 3)))
