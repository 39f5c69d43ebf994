# Floor division/modulo with negative operands, divmod, pow with modulus and big ints.
for a, b in [(-7, 2), (7, -2), (-7, -2), (7, 2), (-1, 3), (0, -5)]:
    print(a, b, a // b, a % b, divmod(a, b), a - (a // b) * b == a % b)
for a, b in [(-7.5, 2), (7.5, -2), (-0.0, 5), (5, float('inf')), (-5, float('inf')), (1e20, 3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(pow(3, 200, 1000), pow(3, -1, 7), pow(-3, 3, 5), pow(3, 3, -5), pow(0, 0), pow(2, 100, 10 ** 9 + 7), pow(38, -1, 97))
print(2 ** 100, -2 ** 2, (-2) ** 2, 2 ** -1, 10 ** -2, (-8) ** 2, 0 ** 0, 2 ** 0.5)
big = 2 ** 100
print(big % -7, -big // 7, divmod(-big, 7), big >> 3, -big >> 90, ~big, big & -1, -big | 5, big ^ (big >> 1))
print(1 << 70, -1 << 3, (2 ** 64 - 1).bit_length(), (-255).bit_length(), (10).bit_count(), abs(-big))
print((2 ** 53 + 1) / 1, 2 ** 53 + 1.0, 10 ** 30 / 10 ** 10, 10 ** 400 // 10 ** 399, big // 2.5, 7 / 2)
for f in (lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: 1 >> -1, lambda: 0 ** -1,
          lambda: divmod(1, 0), lambda: 5 % 0.0, lambda: 10 ** 400 * 1.0, lambda: float(10 ** 400), lambda: 2.0 ** 10000):
    try:
        print(f())
    except (ValueError, ZeroDivisionError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(255 .to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'), (-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff', 'big', signed=True))
print(hash(2 ** 61 - 1), hash(-1), hash(2 ** 70), hash(-2 ** 70), hash(1.5), hash(-2.0), hash(2 ** 61))
print(oct(-8), hex(-255), bin(-5), f'{-255:x}', int('-0x1f', 16), (7).as_integer_ratio(), True + True, -True)
