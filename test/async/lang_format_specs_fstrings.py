import asyncio

async def main():
    x, y, name = 3.14159, 1234567.891, "yp"
    n = -42
    print(f"{x=}", f"{x = :.2f}", f"{name!r:>8}", f"{name!s}", f"{'é'!a}", f"{n:+d}", f"{n:=+8d}")
    width, prec = 12, 3
    print(f"[{x:{width}.{prec}f}]", f"[{y:,.2f}]", f"[{y:_}]", f"[{int(y):_x}]", f"[{1e20:g}]", f"[{123456789:,}]")
    print(f"{255:#x} {255:#o} {255:#b} {255:08b} {255:X} {-255:#x}")
    print(f"{0.000012345:e} {0.000012345:.3g} {12345.678:.3e} {1.5:%} {0.25:.1%}")
    print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'fill':*^11}|")
    print(f"{3:^5}|{-3:^5}|{3.0:^7}|{True:>5}|{None!s:>6}|")
    print("%5.2f|%-6d|%06.1f|%x|%o|%e|%g|%r|%s|%%|%c|%c" % (x, 42, -x, 255, 8, 12345.6789, 0.00001, "a", "b", 65, "z"))
    print("%(a)s and %(b)05d" % {"a": "A", "b": 7}, "%*d|%-*d|" % (5, 1, 4, 2), "%.3s" % "abcdef", "%+.1e" % 0.0)
    print("{0}{1}{0}".format("ab", "cd"), "{name}-{0}".format(1, name="n"), "{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3))
    print("{:>{w}}|{:{f}<{w}}".format("r", "l", w=6, f="~"), "{!r:^9}".format("q"), "{{literal}} {}".format(1))
    print(format(1234.5, ",.1f"), format(-0.0, ".1f"), format(2.5, ".0f"), format(3.5, ".0f"), format(1e16, ".0f"), format(float("inf"), "10.2f"))
    print(f"{1/3:.20f}", f"{2**0.5!r}", repr(0.1 + 0.2), str(1e-5), str(1e16), str(123456789012345678.0), repr(-0.0), 1e300 * 1e10)
    print(f"{12:c}", f"{'x':3}", f"{42:<5d}|", f"{1234567:>12,d}", f"{-1234.5:>+12,.2f}", f"{0:#x}", f"{5:#010b}")
    print(f"{'a' 'b'}", f"{{}}", f"{{{x:.1f}}}", f"""{"tri"}""", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }")
    print(f"{x!r:>20}", f"{y:>20.3e}", f"{-y:020,.2f}", f"{y:=^20.1f}")
    print("%s %s" % ((1, 2), [3]), "%s" % ((1, 2),), "%d" % 3.99, "%i" % -2, "%5s|%-5s|" % ("ab", "cd"))
    try:
        print("%d" % "x")
    except TypeError as e:
        print(e)
    try:
        print("%s %s" % (1,))
    except TypeError as e:
        print(e)
    try:
        "{} {}".format(1)
    except IndexError as e:
        print(e)
    try:
        format(1.5, "d")
    except ValueError as e:
        print(e)
    try:
        f"{'s':d}"
    except ValueError as e:
        print(e)
    try:
        "{0} {}".format(1, 2)
    except ValueError as e:
        print(e)
    await asyncio.sleep(0)
    print(f"{3.0:g} {3.10:g} {1e-4:g} {1e-5:g} {123456789.0:g} {0.1:.0e} {100:e}")
    print(f"{12345.6789:.2g} {12345.6789:10.4} {0.5:.0%} {7:.2f}")
    try:
        print(f"{7:.3}")
    except ValueError as e:
        print(e)

asyncio.run(main())
