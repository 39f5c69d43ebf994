# Bit operations, including on big and negative ints
a = 0b1100_1010
b = 0b1010_0110
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
n = -12345
print(n & 0xFF, n | 0xF, n ^ -1, n >> 3, n << 5, ~n)
big = 2 ** 200 + 2 ** 100 + 1
print(big & (2 ** 101 - 1), big >> 150, big ^ (2 ** 200))
print((-big) >> 190, (-big) & 0xFFFF, ~big)
print(big.bit_length(), (-big).bit_length(), (0).bit_length(), (1).bit_length(), (-1).bit_length())
print((255).bit_count(), (2 ** 200 - 1).bit_count(), (-7).bit_count())
print(1 << 100, (1 << 100) >> 99)
print(-1 >> 100, -(2 ** 100) >> 50)
def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
print((12).to_bytes(2, "big"), (1024).to_bytes(4, "little"), int.from_bytes(b"\x01\x00", "big"))
print((-2).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
