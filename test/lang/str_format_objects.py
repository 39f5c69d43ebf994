# __format__ on user classes, nested format specs, str.format/% errors.
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1] or '.1f') + '°F'
        return format(self.c, spec or '.1f') + '°C'
    def __str__(self): return f'Temp({self.c})'
    def __repr__(self): return 'T!'
t = Temp(21.5)
print(f'{t}', f'{t:.2F}', f'{t:>8.0f}', '{:F}'.format(t), format(t), str(t), f'{t!s}', f'{t!r:>5}', f'{t=}', f'{t = !s}')
print('{0} {0!r} {1:{w}.{p}f}'.format(t, 3.14159, w=10, p=2))
print(f'{"nested":{"^"}{12}}', f'{3.5:{"+"}.2e}', f'{1234567:,}', f'{1234567:_x}', f'{0.000123:.2%}', f'{-0.0:+.1f}')
print(f'{"a":*^9}', f'{42:#010b}', f'{42:#o}', f'{255:X}', f'{3:>{5}}|', f'{"x"!a}', f'{"é"!a}')
class NoFmt: pass
try: f'{NoFmt():>5}'
except TypeError as e: print(e)
try: format(3, 'q')
except ValueError as e: print(e)
try: format('s', 'd')
except ValueError as e: print(e)
try: '{} {}'.format(1)
except IndexError as e: print(e)
try: '{0} {}'.format(1, 2)
except ValueError as e: print(e)
try: '{x}'.format(y=1)
except KeyError as e: print(repr(e))
print('{:%Y}'.format(type('D', (), {'__format__': lambda s, f: f'<{f}>'})()))
print(f'{10:=+8}', f'{"left":<{8}}|', f'{3.0:g}', f'{1e20:g}', f'{1e-5:g}', f'{123.456:.3g}', f'{float("inf"):>6}', f'{float("nan"):e}')
print('%s %r %5.2f %-5d| %x %o %e %c %%' % ('s', 's', 3.14159, 42, 255, 8, 12345.678, 65))
print('%(name)s is %(age)d' % {'name': 'Bo', 'age': 7}, '%5s|%-5s|' % ('ab', 'cd'), '%.3s' % 'abcdef', '%+d %+d' % (5, -5))
try: '%d' % 'x'
except TypeError as e: print(e)
try: '%s %s' % (1,)
except TypeError as e: print(e)
try: '%s' % (1, 2)
except TypeError as e: print(e)
print(f"{'multi' + 'ple'!r:>12}", f'{[1,2][0]}', f'{ {"a": 1}["a"] }', f'{(lambda x: x*2)(4)}')
