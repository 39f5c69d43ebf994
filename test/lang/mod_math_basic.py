# math: floor, ceil, sqrt, gcd, lcm, isqrt, factorial, comb, perm, prod, trunc, copysign, fabs
import math
for v in [2.5, -2.5, 3.0, -0.1, 1e20]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
print(math.sqrt(2), math.sqrt(144), math.sqrt(0.25), math.isqrt(99), math.isqrt(10 ** 40 + 5))
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(12, 18, 30), math.gcd())
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5), math.lcm())
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.comb(10, 3), math.comb(52, 5), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.perm(10, 0))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11)), math.prod([0.5, 4], start=3))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fabs(-7), math.fabs(2.5))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.9))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.isqrt(-4)
except ValueError as e:
    print("ValueError:", e)
print(math.floor(10 ** 30 + 0.5) if False else math.floor(7), math.ceil(10 / 3), math.sqrt(10 ** 20))
