# f-string `=` self-documenting expressions, conversions, nested specs and escaped braces.
x = 10
y = 'hi'
items = [1, 2, 3]
print(f'{x=} {y=} {x + 1 = } {x=:>5} {y=!s} {y=!r:>6}')
print(f'{x!a} {"é"!a} {3.0=} {items[1:]=} {len(items)=}')
print(f'{x = !r:^7}|{ x = }|{y.upper()=}')
width, prec = 8, 2
print(f'{3.14159:{width}.{prec}f}|{"c":{"*"}^{width}}|{x:{"#"}x}')
print(f'{{literal}} {{{x}}} {x:{{}}<3}' if False else f'{{literal}} {{{x}}}')
d = {'k': 'v', 1: 'one'}
print(f'{d["k"]} {d[1]=} {d!r}')
class P:
    def __format__(self, spec):
        return f'P<{spec}>'
    def __repr__(self):
        return 'P()'
print(f'{P()} {P():abc} {P()!r} {P()=} {P()=:zz}')
print(f'{"nested " + f"{x:03}"}', f'{x:>{width}}', f"{'q'!r}", f'{x:,}', f'{10**6:_}')
print(f'{1e-3=:.1e}', f'{-0.0=}', f'{True=}', f'{None=}', f'{(lambda: 5)()=}')
a, b = 3, 4
print(f'{a*b=}', f'{a if a > b else b=}', f'{[i*i for i in range(3)]=}')
