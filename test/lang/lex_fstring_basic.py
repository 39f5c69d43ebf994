# f-strings: basic, conversions, format specs
name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n:5d} {n:<5}| {n:^7}| {n:>6}|")
print(f"{n:08b} {n:x} {n:X} {n:o} {n:#x} {n:#o} {n:#b}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3E} {pi:g} {pi:%}")
print(f"{name!r} {name!s} {name!a}")
print(f"{'café'!a} {'q'!r:>6}")
print(f"{n:,} {1234567:,} {1234567:_} {0x1234567:_x}")
print(f"{-n:+} {n:+} {n: } {-3.5:+.1f}")
print(f"{{literal braces}} {{{n}}}")
print(f"{n*2} {n//5} {[1,2][1]} {'abc'[::-1]}")
d = {"k": 7}
print(f"{d['k']} {len(d)}")
print(f"{3.0:.0f} {2.5:.0f} {0.125:.2f} {1e20:.0f}")
print(f"{'left':*<10}|{'right':->10}|{'mid':=^11}")
print(f"{n=}")
print(f"{n + 1 = }")
print(f"{pi=:.3f}")
print(f"{name=!r} {name = !s}")
