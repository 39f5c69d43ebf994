# Numeric toolkit: big ints, primes, modular arithmetic, float formatting, conversions, random
import math
import random
import sys


def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]


def miller_rabin(n, rounds=8, rng=random.Random(7)):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = rng.randrange(2, n - 1)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def factorize(n):
    out, d = {}, 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


primes = sieve(200)
print(len(primes), primes[-5:], sum(primes))
big = [2**61 - 1, 2**89 - 1, 10**18 + 9, 561, 1105, 2**64 + 1]
print([miller_rabin(n) for n in big])
for n in [360, 9999991, 2**32 + 1, 600851475143, math.factorial(12)]:
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())))
print(egcd(240, 46), pow(3, -1, 11), pow(38, -1, 97), math.lcm(4, 6, 10), math.gcd(0, 0), math.gcd(-12, 18))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)

f100 = math.factorial(100)
print(len(str(f100)), str(f100)[:20], f100 % (10**9 + 7), f100.bit_length(), bin(f100).count("1"))
print(f"{2**100:,}", f"{2**64:_x}", f"{-255:#010b}", f"{255:o}", f"{3**40:e}", hex(-2**70), int("7" * 30) // 7)
print((2**100).to_bytes(13, "big").hex(), int.from_bytes(b"\xff\xfe", "little", signed=True), (-1).to_bytes(2, "big", signed=True))
print(divmod(-17, 5), divmod(17, -5), divmod(17.5, 3), -17 // 5, -17 % 5, 17 % -5, math.fmod(-17, 5))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2), round(7, -1), round(15, -1), round(25, -1))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-7, 123456789012345678.0, 1.0e22, 1e21 + 1, float("1e500"), -0.0, 5e-324, sys.float_info.max)
print(f"{math.pi:.10f}|{math.e:12.4e}|{1e6:g}|{1e16:g}|{0.0001234:g}|{123.456:G}|{-0.0:+.2f}|{12345.678:,.1f}|{0.125:.2%}")
print(f"{42:+d}|{42: d}|{-42:=8d}|{42:*^9}|{3.14159:010.3f}|{1234567:,d}|{7:x}|{255:#X}|{65:c}|{1.5:n}")
print("%5.2f|%-6d|%06.1f|%x|%o|%e|%g|%s|%r|%%|%c|%+i" % (3.14159, 42, -2.5, 255, 8, 12345.678, 0.00001234, "s", "r", 65, 7))
print("%(name)s is %(age)d years, %(h).1f m" % {"name": "Ann", "age": 33, "h": 1.68}, "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, math.pi))
print(float.hex(1.5), float.fromhex("0x1.8p1"), (0.1).as_integer_ratio(), (2.5).is_integer(), math.frexp(10.0), math.ldexp(0.625, 4))
print(int(3.99), int(-3.99), int("  -0x1F ", 16), int("0b101", 0), int("1_000_000"), float(" 1.5e3 "), float("-inf"), int(True), float("nan") == float("nan"))
for bad in ["12a", "", "1__0", "0x", "٣", " ", "1.0", "+-1"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError:", e)
for bad in ["abc", "1.2.3", "", "infinity", "nan", "1e", "0x10"]:
    try:
        print(repr(bad), float(bad))
    except ValueError as e:
        print("ValueError:", e)
for bad in [lambda: int(float("inf")), lambda: int(float("nan")), lambda: 10.0 ** 400, lambda: math.sqrt(-1), lambda: math.log(0),
            lambda: 1 / 0.0, lambda: 5 % 0, lambda: int("9" * 5000), lambda: math.exp(1000), lambda: 2 ** -1,
            lambda: int(None), lambda: float([]), lambda: math.factorial(-1), lambda: round(1.5, "x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(math.comb(52, 5), math.perm(10, 3), math.prod(range(1, 11)), math.isqrt(10**20), math.dist((0, 0), (3, 4)), math.hypot(5, 12))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.copysign(3, -0.0), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.sin(math.pi / 6), math.log(8, 2), math.log10(1000), math.log2(1024), math.inf, -math.inf)

rng = random.Random(2024)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:8])
print(rng.sample(range(100), 5), rng.choices("abc", weights=[5, 1, 1], k=10), rng.choice(deck))
print(rng.randint(1, 6), rng.randrange(0, 100, 5), round(rng.random(), 6), round(rng.uniform(10, 20), 6), round(rng.gauss(0, 1), 6))
print(rng.getrandbits(70), round(rng.triangular(0, 10, 3), 6), round(rng.expovariate(2.0), 6), rng.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=3))
random.seed(99)
rolls = [random.randint(1, 6) for _ in range(600)]
print([rolls.count(i) for i in range(1, 7)], round(sum(rolls) / len(rolls), 3))
random.seed("seed-string")
print(random.random(), random.sample(["x", "y", "z"], k=3))
try:
    rng.sample(range(3), 5)
except ValueError as e:
    print("ValueError:", e)
print(sys.maxsize, sys.int_info.bits_per_digit, sys.float_info.epsilon, sys.float_info.dig)
