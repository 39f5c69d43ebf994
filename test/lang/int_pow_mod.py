# pow with modulus, divmod, gcd-like algorithms
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7))
print(pow(2, -1), pow(-2, 3), pow(-2, 3, 5))
print(pow(3, -1, 7), pow(5, -2, 13))
print(pow(10 ** 20, 10 ** 5, 999983))
def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
for b, e, m in [(2, 100, 97), (7, 12345, 1000), (123456789, 987654321, 1000000007)]:
    print(modexp(b, e, m), pow(b, e, m))
print(divmod(100, 7), divmod(-100, 7), divmod(2 ** 70, 10 ** 9))
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(egcd(240, 46), egcd(2 ** 61 - 1, 10 ** 12))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print(0 ** 0, pow(0, 0), 2 ** 0.5, (-8) ** (1 / 3) if False else "skip")
