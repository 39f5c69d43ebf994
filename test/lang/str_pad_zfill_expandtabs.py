# zfill/center/ljust/rjust/expandtabs with signs, odd widths and fill characters.
def show(*vals):
    print(' | '.join(repr(v) for v in vals))


show('42'.zfill(5), '-42'.zfill(5), '+x'.zfill(4), 'abc'.zfill(2), ''.zfill(3), '-'.zfill(3), '+'.zfill(1))
show('ab'.center(5), 'ab'.center(6, '*'), 'abc'.center(6), 'abc'.center(4, '-'), 'a'.center(4, '.'), 'ab'.center(7, '='))
show('a'.ljust(3, 'x'), 'a'.rjust(3, 'y'), 'x'.ljust(-3), 'x'.center(0), 'é'.center(5, 'ü'), '\U0001F600'.rjust(3, '.'))
show('a\tbc\td'.expandtabs(), 'a\tbc\td'.expandtabs(3), '\t\n\tx'.expandtabs(0), 'ab\tc'.expandtabs(-1), '12345678\t9'.expandtabs(4))
show('a\r\tb'.expandtabs(4), 'x\n\ty'.expandtabs(2), '\t'.expandtabs(1), 'abc\t'.expandtabs(tabsize=3))
for f in (lambda: 'x'.center(5, 'ab'), lambda: 'x'.ljust(5, ''), lambda: 'x'.zfill('3'), lambda: 'x'.rjust(2.0)):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
for w in range(0, 8):
    print(f'[{"abc".center(w, "*")}] [{"ab".center(w)}] [{"-7".zfill(w)}]')
show(b'ab'.center(6, b'*'), b'-5'.zfill(4), b'a\tb'.expandtabs(4), b'x'.ljust(3, b'.'))
