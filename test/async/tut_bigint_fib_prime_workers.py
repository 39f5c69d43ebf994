"""CPU-ish work split across tasks that yield periodically: big Fibonacci numbers, primes,
digit sums, modular exponentiation, with formatted output."""
import asyncio
import math


async def fib(n: int, yield_every: int = 50) -> int:
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
        if i % yield_every == 0:
            await asyncio.sleep(0)
    return a


async def primes_upto(n: int) -> list[int]:
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b"\x00\x00"
    for p in range(2, math.isqrt(n) + 1):
        if sieve[p]:
            sieve[p * p::p] = bytearray(len(range(p * p, n + 1, p)))
            await asyncio.sleep(0)
    return [i for i, flag in enumerate(sieve) if flag]


async def main():
    f300, primes, f1000 = await asyncio.gather(fib(300), primes_upto(200), fib(1000, 97))
    print("fib(300) =", f300)
    print(f"fib(300) has {len(str(f300))} digits, digit sum {sum(map(int, str(f300)))}")
    print(f"fib(1000) mod 1e9+7 = {f1000 % (10**9 + 7)}, bits = {f1000.bit_length()}")
    print(f"{f300:,}"[:40], f"{f300:.3e}", f"{f300 % 10**12:_}")
    print("primes:", len(primes), primes[:10], primes[-3:])
    print("pow:", pow(3, 10**6, 1_000_003), pow(2, -1, 97), (-7) // 2, (-7) % 3, divmod(-17, 5))
    print("gcd/lcm:", math.gcd(f300, f1000), math.lcm(12, 18, 30), 2**100 // 3**40)
    print(int("1" * 30) * 7, hex(2**70), int("zz", 36), (1 << 65) >> 3, ~12345678901234567890)
    print(round(f300 / 10**60, 3), float(f1000) if f1000 < 2**1024 else "too big", 10**20 / 3)


asyncio.run(main())
