# math: pi, e, inf, nan, log/log2/log10/exp/sin/cos/atan2, hypot, fsum, isclose
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308), math.isfinite(math.inf))
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(0))
print(math.exp(0), math.exp(1), math.exp(-1), math.expm1(0))
print(math.sin(0), math.cos(0), math.sin(math.pi / 2), math.tan(0))
print(round(math.sin(math.pi), 12), round(math.cos(math.pi), 12))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan(1) * 4)
print(math.asin(1), math.acos(1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 1, 1), math.dist((0, 0), (3, 4)))
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.pow(2, 10), math.sqrt(math.pow(3, 2) + math.pow(4, 2)), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.fmod(10, 3), math.fmod(-10, 3), math.remainder(10, 3))
for deg in (0, 30, 45, 60, 90):
    r = math.radians(deg)
    print(deg, round(math.sin(r), 6), round(math.cos(r), 6))
