# Float powers print exactly as CPython's (libm pow): integer, negative and fractional exponents.
rates = [0.01, 0.035, 0.05, 0.1]
for r in rates:
    print(r, [round(1000 * (1 + r) ** years, 10) for years in (1, 5, 10, 30)])
    print('  raw', (1 + r) ** 7, (1 + r) ** -3, (1 + r) ** 2.5)
print([10 ** -k for k in range(1, 60, 4)])
print([2.5 ** k for k in range(-20, 21, 5)])
print([1.1 ** k for k in range(0, 40, 3)])
print([x ** 0.5 for x in (2.0, 3.0, 10.0, 1e-10)], [x ** (1 / 3) for x in (8.0, 27.0, 100.0)])
print([(-2.0) ** k for k in range(-3, 6)], (-8.0) ** 3, 0.5 ** 1074, 2.0 ** -1074)
print(pow(7.0, 13), pow(1.0001, 10000), pow(0.999, -500), 3 ** -2, (-3) ** -3)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
