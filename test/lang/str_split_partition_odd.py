# split/rsplit/partition/splitlines with odd separators and maxsplit values.
def show(*vals):
    print(' | '.join(repr(v) for v in vals))


show('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1), 'a,b,,c'.split(',', -1))
show('  a  b  '.split(), '  a  b  '.rsplit(None, 1), '  a  b  '.split(None, 1), ' a b c '.split(None, 0))
show(' a b c '.rsplit(None, 0), ''.split(','), ''.split(), '   '.split(), '   '.split(' '))
show('a b c'.split(maxsplit=0), 'a b c d'.rsplit(' ', 2), '1,2,3'.rsplit(',', maxsplit=1), 'a  b'.split(' '))
show('a\u00a0b\u2003c'.split(), 'a\u200bb'.split(), 'x\x1cy\x1dz'.split(), 'tab\there\nnl'.split())
show('abc'.partition('b'), 'abc'.partition('z'), 'abcb'.rpartition('b'), 'abc'.rpartition('z'), 'aaa'.partition('aa'))
show('line1\nline2\r\nline3\rline4'.splitlines(), 'a\nb\n'.splitlines(True), ''.splitlines(), 'x\n'.splitlines())
show('a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i'.splitlines())
show('a\r\n\r\nb'.splitlines(keepends=True), '\n'.split('\n'), 'abc'.split('abc'), 'aXbXc'.split('X', 5))
for bad in [lambda: 'abc'.split(''), lambda: 'abc'.partition(''), lambda: 'abc'.rsplit(''), lambda: 'a'.split(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
show(b'a,b'.split(b','), b' a  b '.split(), b'abc'.partition(b'b'), b'a\nb'.splitlines())
show('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'path/to/file.txt'.rsplit('/', 1)[-1].rpartition('.'))
show(','.join(['a', '', 'b']), ''.join([]), '-'.join('abc'), ' '.join(map(str, range(3))))
