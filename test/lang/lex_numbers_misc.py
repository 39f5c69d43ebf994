# Numeric literal edge cases and attribute access
print(1 .bit_length(), (255).bit_length(), 0x100.bit_length())
print(1_2.5_0, 1e1_0)
print(0.5.as_integer_ratio())
print(10 ** -1, 10 ** 0, 0 ** 0)
print(-2 ** 2, (-2) ** 2, 2 ** -1)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(7 // 2 * 2 + 7 % 2)
print(not 1 + 1, -~5, ~-5)
print(1 if 0 else 2 if 0 else 3)
print(1 < 2 == 2 > 1, 1 == 1.0, 0.5 == 1/2)
print(True + True, True * 10, False - 1)
x = 10
x -= -x
print(x)
print(0xff & 0x0f | 0x30 ^ 0x11, 1 << 10 >> 3)
print(int.__name__, (3).__class__.__name__)
print(1_000.0 / 8, 1000 // 8.0)
