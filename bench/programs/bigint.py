f = 1
for i in range(1, 1200):
    f *= i
s = str(f)
a, b = 0, 1
for _ in range(250000):
    a, b = b, a + b
print(len(s), s[:20], a % 1000000007, pow(3, 10**5, 10**9 + 7))
