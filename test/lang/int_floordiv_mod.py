# Floor division and modulo with negative numbers and floats
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(f"{a:3} {b:3} | // {a // b:3} % {a % b:3} divmod {divmod(a, b)}")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5.0, 0.3), (-1e-20, 1.0), (1, 0.1)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
print((10 ** 30) // -7, (10 ** 30) % -7)
print(divmod(-(2 ** 100), 3 ** 20))
print(7 / 2, -7 / 2, 1 / 3, 10 / 5, type(10 / 5).__name__)
print(-0.0 % 5, 0.0 // -1)
import math
print(math.fmod(-7, 2), -7 % 2, math.remainder(7, 2))
print(5 % float("inf"), -5 % float("inf"))
