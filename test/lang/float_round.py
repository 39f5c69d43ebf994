# round(), banker's rounding and float formatting
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5]:
    print(v, round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (3.14159, 3), (1234.5678, -2), (-1.25, 1), (2.5, 0), (1e20, 2)]:
    print(v, n, round(v, n))
print(round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(12345, -3))
print(round(0.1 + 0.2, 10), round(1 / 3, 5), round(2 / 3, 0))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1.005:.2f}")
print(format(1234.5, ".1f"), format(-0.0, ".2f"), format(0.0005, ".3f"))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5))
print(math.floor(2.5), math.ceil(2.5), math.trunc(2.9))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(-0.4), round(0.49999999999999994))
