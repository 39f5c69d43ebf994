# format mini-language corners: fill/align, sign, grouping, alternate forms, g/%/n types, nesting.
print(format(1234567.891, ',.2f'), format(1234567, '_d'), format(255, '#x'), format(255, '#010b'))
print(format(3.14159, '+.3e'), format(-0.0, '.1f'), format(1e16, 'g'), format(1.5e-5, 'g'), format(123456789, 'g'))
print(f'{"abc":*^9}|{"abc":>5}|{"abc":<5}|{42:=+8}|{42:08.3f}|{-42:08}|')
print(format(0.5, '%'), format(1 / 3, '.2%'), format(12, 'c'), format(1e100, '.3g'), format(float('inf'), '>6'), format(float('nan'), '+'))
print('{:,}'.format(-1234567), '{:_x}'.format(0xdeadbeef), '{:#o}'.format(8), '{0!r:>10}'.format('hi'))
print('{0[1]} {1[k]} {2.real} {2.imag}'.format([1, 2], {'k': 'v'}, 3))
print('{:{w}.{p}f}|{:>{}}|{:{}{}{}}'.format(3.14159, 'x', 4, 7, '*', '^', 5, w=10, p=3))
print(format(True, 'd'), format(True, ''), format(1.0, ''), format(1e22, ''), format(123.0, 'n'))
print(format(2 ** 70, ','), format(-2 ** 70, '#x'), format(0.1, '.20f'), format(1.25, '.1f'), format(2.675, '.2f'))
print(f'{3.0:g} {3.5:g} {1e-5:g} {123456789.0:g} {0.0001:g} {1e-4:.0e} {100:.2g}')
print(f'{12345.6789:.3g} {12345.6789:.10g} {0.000012345:.2e} {5:.2f} {5:e}')
print(format(1.5, '08.2f'), format(-1.5, '08.2f'), format(1.5, '+08.2f'), format(12, '^8d'), format(-12, '^8d'))
print(format(1234.5, ',.1f'), format(-1234, '010,'), format(0, '#b'), format(5, 'b'), format(-5, '#o'))
print('{!r:^7}'.format('a'), '{:.2}'.format('hello'), '{:.0f}'.format(0.5), '{:.0f}'.format(1.5), '{:.0f}'.format(2.5))
print(format(-0.0, 'z.1f') if False else format(0.0001, '.1%'), format(1e-7, 'f'), format(1e21, 'f')[:6], format(123, ''), format(-7, ' d'))
for bad in ['{:d}', '{:,s}', '{:=s}', '{0:{1}}']:
    try:
        print(bad.format('x', 'y' * 3))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
for spec in ['x', 'c', ',b']:
    try:
        print(format(3.5 if spec == 'x' else 10, spec))
    except ValueError as e:
        print('ValueError', e)
try:
    print('{} {0}'.format(1, 2))
except ValueError as e:
    print('ValueError', e)
