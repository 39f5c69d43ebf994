# Integer literal forms
a = 1_000_000
b = 0x_FF_FF
c = 0o7_7_7
d = 0b1010_1010
e = 0XDEADBEEF
f = 0O17
g = 0B11
print(a, b, c, d)
print(e, f, g)
print(0, 00, 0_0)
print(123_456_789_012_345_678_901_234_567_890)
print(-0x10, +0b1, ~0o7)
print(type(a).__name__, type(0x1).__name__)
print(hex(a), oct(c), bin(d))
print(1_0 + 0x1_0 + 0o1_0 + 0b1_0)
big = 0xFFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF
print(big, big + 1, big.bit_length())
print(int("1_000"), int("0x1f", 16), int("0b101", 0), int("0o17", 0), int("ff", 16))
print(int("  42  "), int("-0"), int("+7"))
print(int("z", 36), int("10", 2), int("777", 8))
