# float repr and arithmetic
vals = [0.1 + 0.2, 1e16, 1e-7, 1.0, 100.0, 1e15, 123456789012345678.0, 0.1 * 3,
        1 / 7, 2 / 3, 1e-4, 1e-5, 1.5e300 * 1.5e10, -1e-320, 9007199254740993.0,
        3.0 * 1.1, 0.1 + 0.7, 1e100, 12345.678e10]
for v in vals:
    print(repr(v))
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf - inf, inf * 0, -nan)
print(inf == inf, nan == nan, nan is nan, [nan] == [nan])
print(str(1e16), str(1e-7), str(2.0 ** 60), str(2.0 ** 53 + 1))
print(float(2 ** 53 + 1), float(10 ** 22), float(10 ** 23))
print(sum([0.1] * 10), 0.1 * 10)
print(1.1 + 2.2, 3.3 * 3, 1.23456789e-5 * 1000)
print(7.0 // 2, 7.0 % 2.5, 2.0 ** 0.5, 10.0 ** -3)
print(float(True), float("1e3"), float(-0))
print(max(0.1, 0.10000000000000001), 0.1 == 0.10000000000000001)
