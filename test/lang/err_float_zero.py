# Ends with: ZeroDivisionError: float division by zero
readings = [2.0, 4.0, 0.5, 0.0]
print(7.0 / 2, -7.0 / 2, 7 / 2.0)
print(float("inf") / 1e308, 1 / float("inf"))
for r in readings:
    print(r, 1.0 if r == 0 else 1 / r)
print(sum(readings) / len(readings))
print(1e-300 / 1e10, 1e300 * 10)
inv = [1 / r for r in readings]
print(inv)
