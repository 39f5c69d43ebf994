"""Benchmark-style report of simulated downloads with many f-string/format specs."""
import asyncio
import math
from dataclasses import dataclass, asdict


@dataclass(frozen=True)
class Result:
    url: str
    status: int
    size: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.size / self.seconds if self.seconds else math.inf


async def fetch(url: str, size: int, delay: float, status: int = 200) -> Result:
    await asyncio.sleep(delay)
    return Result(url, status, size, delay)


async def main():
    specs = [("https://example.com/", 1_234_567, 0.05),
             ("https://python.org/downloads", 98_765, 0.02),
             ("https://x.io/a?b=c", 0, 0.03, 404),
             ("https://big.example/file.iso", 3_000_000_000, 0.08)]
    results = await asyncio.gather(*(fetch(*s) for s in specs))
    w = max(len(r.url) for r in results)
    print(f"{'URL':<{w}} | {'status':^6} | {'bytes':>15} | {'rate':>12}")
    print(f"{'':-<{w}}-+-{'':-^6}-+-{'':->15}-+-{'':->12}")
    for r in results:
        print(f"{r.url:<{w}} | {r.status:^6d} | {r.size:>15,} | {r.rate:>12.3e}")
    total = sum(r.size for r in results)
    ok = sum(r.status == 200 for r in results)
    print(f"total={total:_} bytes, ok ratio={ok / len(results):.1%}, hex={total:#x}, oct={ok:#o}")
    print(f"{total=:,}  {ok=}  {math.pi=:.4f}")
    print(f"{results[1].seconds!r:>8}|{results[1].url!a:.10}|{-42:+06d}|{3.5:08.3f}|{255:08b}")
    print("{0:>6} {1:<6} {0:^6}|".format("ab", "cd"), "%-5s|%5.1f%%|%03d" % ("x", 99.5, 7))
    print(asdict(results[2]))
    print(format(1e-7, "g"), format(123456789.0, "g"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
    print(f"{'nested':{'*'}^{w // 2}}", f"{12345.6789:,.2f}", f"{-0.0:.1f}", f"{1e300 * 1e10}")
    print(round(2.675, 2), round(0.125, 2), round(-1.5), round(7, -1), str(1/3), repr(0.1 + 0.2))


asyncio.run(main())
