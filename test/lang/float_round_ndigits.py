# round() with negative/None/large ndigits on ints and floats; float repr corners.
print(round(2.5), round(3.5), round(-2.5), round(-0.5), round(0.5), round(1.5), type(round(2.5)))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.005, 2), round(123.456, -1), round(-123.456, -2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1), round(-25, -1))
print(round(2 ** 70 + 5, -1), round(5, -5), round(5, 1), type(round(5, 1)), round(12345, -10), round(7, None), round(3.14159, None))
print(round(1.5e300, -299), round(12.5, -1), type(round(12.5, -1)), round(1e300, 2), round(0.1, 20), round(-0.0, 1), round(0.0, -3))
print(round(123.456, 1), round(123.456, 2), round(-1.25, 1), round(1.45, 1), round(2.5e-8, 8), round(1e-320, 320))
for v, n in [(float('inf'), None), (float('nan'), None), (float('inf'), 2), (float('nan'), 0)]:
    try:
        print(round(v, n) if n is not None else round(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print('TypeError', e)
print(repr(0.1 + 0.2), repr(1 / 3), repr(2.0 ** 60), repr(1e22), repr(1e16), repr(1.0e-5), repr(123456789.123456789))
print(str(5e-324), repr(-0.0), 1.7976931348623157e308, 0.1 * 3, 1e15 + 0.3, 9007199254740993.0, 1e-7, 1e-4, 0.0001234)
print(float(2 ** 1024 - 2 ** 971), (1.5).as_integer_ratio(), (0.1).hex(), float.fromhex('0x1.8p1'), (3.0).is_integer())
print(1e16 + 1, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > float('inf'), -10 ** 400 < float('-inf'))
print(sum([0.1] * 10), sum([1, 2], 0.5), max(1, 1.0), min(1.0, 1), abs(-0.0), -0.0 == 0.0, float('nan') != float('nan'))
print([round(x / 8, 2) for x in range(-4, 5)], [round(x * 0.5) for x in range(-5, 6)])
