# Arbitrary precision multiplication and powers
print(2 ** 200)
print(3 ** 100)
print((2 ** 64 - 1) * (2 ** 64 + 1))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(a + b, a - b, b - a)
print(-a * b, (-a) * (-b))
print(a * a * a)
print(10 ** 50 + 1)
print((10 ** 30) // 7, (10 ** 30) % 7)
print(len(str(2 ** 1000)), sum(int(c) for c in str(2 ** 1000)))
x = 1
for i in range(1, 60):
    x = x * 3 + i
print(x)
print(2 ** 127 - 1, (2 ** 127 - 1) % 1000000007)
print(abs(-(10 ** 40)), -(-(10 ** 40)))
print(int("9" * 60) + 1)
print(7 ** 77 // 7 ** 75, 7 ** 77 == 7 * 7 ** 76)
