def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        res = '-> ' + repr(r)
    except Exception as e:
        res = '!! ' + type(e).__name__ + ': ' + str(e)
    print(label, res)

for v in [0, 1, -1, 42, 255, -255, 10**20, True]:
    for spec in ['', 'd', '5d', '<5', '^7', '+', ' ', '08', '#x', '#o', '#b', 'X', ',', '_', '_x', 'e', '.2f', '%', 'n', 'c', '=8', '010,', 's', '.3', 'z']:
        show(f'{spec}', format, v, spec)
for v in [0.0, -0.0, 1.5, -2.25, 1e100, 1e-7, 123456.789, float('inf'), float('nan'), 2.5, 3.5, 0.125]:
    for spec in ['', 'f', '.0f', '.1f', 'e', '.3E', 'g', '.3g', 'G', '%', '.1%', '10.2f', '<10', '+.2f', ' .2f', ',.2f', '_.1f', '#.0f', '#g', 'z.1f', '010.3f', 'n', 'd', 'x', '.2', 'r']:
        show(f'{spec}', format, v, spec)
for v in ['abc', '']:
    for spec in ['', '5', '<5', '>5', '^5', '*^7', '.2', '5.1', 's', 'd', '=5', '+', ',', '#', '05']:
        show(f'{spec}', format, v, spec)
print('{:{w}.{p}f}|{!r:>6}|{0!s}|{0!a}'.format(3.14159, 'x', w=8, p=2), f'{"é"!a}', f'{3:{"<"}{4}}', f'{{}}', f'{1+1=}', f'{"x"=!r:>5}')
show('fmt', '{:>{}}'.format, 'a'); show('fmt', '{0[1]}'.format, [1]); show('fmt', '{0.nope}'.format, 1); show('fmt', '{:,d}'.format, 1.5); show('fmt', '{!x}'.format, 1)
show('fmt', '{0:{1}}'.format, 1, '{'); show('fmt', '}'.format); show('fmt', '{a'.format); show('fmt', '{0!}'.format, 1); show('fmt', '{:}}'.format, 1)
class I(int): pass
for v in [True, I(5)]:
    try:
        format(v, "s")
    except ValueError as e:
        print(e)
print(f"{True:d}", f"{I(7):x}", format(True, ""), format(I(3)))
