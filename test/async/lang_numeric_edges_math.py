import asyncio
import math

async def main():
    await asyncio.sleep(0)
    for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0.5), (-0.0, 1)]:
        print(a, b, a // b, a % b, divmod(a, b))
    for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 1234.5]:
        print(v, round(v), round(v, 1), round(v, 2))
    print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
    print(2 ** -1, (-2) ** 3, (-2) ** -2, 0 ** 0, 0.0 ** 0, pow(2, 10, 1000), pow(3, -1, 7))
    print(2 ** 100, -(2 ** 63), (2 ** 64) // 3, (2 ** 64) % 7, -(2 ** 64) // 7, (10 ** 30) / 3, int(1e20), int(-2.9))
    print(10 ** 20 * 10 ** 20, 123456789 ** 3, (1 << 70) >> 3, -1 >> 10, ~(2 ** 65), (2 ** 70) & (2 ** 70 - 1), -(2**70) | 5)
    print(0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e21, 1e-7, 100.0, 1.0e15, 12345678901234567.0, float("nan"), -float("inf"))
    print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18, 30), math.lcm(4, 6))
    print(math.sqrt(2), math.pi, math.e, math.tau, math.inf, math.hypot(3, 4), math.dist((0, 0), (1, 1)))
    print(math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
    print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.copysign(3, -0.0), math.fabs(-2), math.isqrt(99))
    print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.modf(3.75), math.frexp(8.0))
    print(int("ff", 16), int("0b101", 0), int(" 12 "), float(" 1.5e3 "), int("-0"), float("-inf"), hex(-255), oct(8), bin(-5))
    print(abs(-3), abs(-3.5), -7 // 2.0, 7 % -3.0, 1e308 * 10, -1e308 * 10, 5 // 0.3, 5 % 0.3)
    print(True + True, True * 3.0, 3 / True, divmod(True, 2), isinstance(True, int), int.bit_length(255), (255).bit_count())
    print((1.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"), (3.0).is_integer(), (10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
    print(max(1, 2.0), min(-0.0, 0.0), max([], default="d"), sum([1, 2], 10), sum([0.5, 0.5]), sum(range(101)))
    print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, 3 > 2 > 1 > 0, (1, 2) < (1, 3), [1, 2] < [1, 2, 0], "a" < "b" < "c")
    for bad in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0), lambda: 0 ** -1, lambda: math.sqrt(-1), lambda: math.log(0), lambda: 2.0 ** 5000, lambda: int("x1"), lambda: float("abc"), lambda: math.factorial(-1), lambda: pow(2, -1, 4), lambda: int(float("inf")), lambda: int(float("nan"))]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)

asyncio.run(main())
