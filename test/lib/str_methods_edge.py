def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        res = '-> ' + repr(r)
    except Exception as e:
        res = '!! ' + type(e).__name__ + ': ' + str(e)
    print(label, repr(args)[:60], kw, res)

s = 'Hello, World  '
for m in ['center', 'ljust', 'rjust']:
    for a in [(20,), (20, '*'), (3,), (20, 'ab'), ('x',), (), (-5, '-'), (20, 5)]:
        show(m, getattr(s, m), *a)
show('zfill', '-42'.zfill, 6); show('zfill', '+x'.zfill, 5); show('zfill', 'abc'.zfill, 'x')
for m in ['split', 'rsplit']:
    for a in [(), (',',), (',', 1), (None, 1), ('',), (' ', -1), (1,)]:
        show(m, getattr('a, b,, c  d', m), *a)
    show(m, getattr('a b c', m), maxsplit=1)
    show(m, getattr('a b c', m), sep='b')
show('splitlines', 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'.splitlines)
show('splitlines', 'a\nb\n'.splitlines, True)
show('splitlines', 'a\nb\n'.splitlines, keepends=True)
for m in ['find', 'rfind', 'index', 'rindex', 'count']:
    for a in [('l',), ('l', 5), ('l', -3), ('l', 2, 4), ('',), ('', 20), ('zz',), (1,), ('l', None, 5), ('l', 'x')]:
        show(m, getattr('hello world', m), *a)
for m in ['startswith', 'endswith']:
    for a in [('he',), (('x', 'he'),), ('lo', 0, 5), ('', 11), ('', 12), (['he'],), (1,)]:
        show(m, getattr('hello', m), *a)
for m in ['strip', 'lstrip', 'rstrip']:
    for a in [(), ('xy',), (None,), (1,)]:
        show(m, getattr('xyhixy  ', m), *a)
show('partition', 'a=b=c'.partition, '='); show('rpartition', 'a=b=c'.rpartition, '=')
show('partition', 'abc'.partition, ''); show('partition', 'abc'.partition, 'z'); show('rpartition', 'abc'.rpartition, 'z')
show('replace', 'aaaa'.replace, 'a', 'b', 2); show('replace', 'abc'.replace, '', '-'); show('replace', 'abc'.replace, '', '-', 2)
show('replace', 'abc'.replace, 'a', 1)
show('join', ','.join, ['a', 'b']); show('join', ','.join, ['a', 1]); show('join', ','.join, 5); show('join', ''.join, ['x', 'y', 'z'][::-1])
show('expandtabs', 'a\tbc\td\n\te'.expandtabs); show('expandtabs', 'a\tb'.expandtabs, 3); show('expandtabs', 'a\tb'.expandtabs, tabsize=0)
for w in ['hello world', "they're bill's", 'ǅungla', '3rd place', 'HELLO', 'a_b-c d']:
    show('title', w.title); show('capitalize', w.capitalize); show('swapcase', w.swapcase); show('istitle', w.istitle)
    show('casefold', w.casefold)
for w in ['', 'abc', 'ABC', 'Abc', '123', '١٢٣', '½', 'a1', ' ', '\t\n', 'abc ', 'ß', '_x', 'x1', '1x', 'class', '\x00']:
    print(repr(w), [getattr(w, m)() for m in ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'islower', 'isupper', 'isidentifier', 'isprintable', 'isascii']])
show('ß upper', 'ß'.upper); show('ﬁ upper', 'ﬁ'.upper); show('İ lower', 'İ'.lower)
show('maketrans', str.maketrans, 'abc', 'xyz'); show('maketrans', str.maketrans, {'a': 'b', 98: None})
show('maketrans', str.maketrans, 'ab', 'x'); show('maketrans', str.maketrans, {'ab': 1}); show('maketrans', str.maketrans, 'a', 'b', 'c')
show('translate', 'abcabc'.translate, str.maketrans('ab', 'xy', 'c')); show('translate', 'abc'.translate, {97: 'AA', 98: None, 99: 100})
show('translate', 'abc'.translate, {97: 1.5})
show('removeprefix', 'prefix_x'.removeprefix, 'prefix_'); show('removesuffix', 'x.py'.removesuffix, '.py'); show('removeprefix', 'x'.removeprefix, 1)
show('encode', 'héllo'.encode); show('encode', 'héllo'.encode, 'ascii'); show('encode', 'héllo'.encode, 'ascii', 'ignore'); show('encode', 'héllo'.encode, 'latin-1')
show('encode', 'héllo'.encode, 'ascii', 'replace'); show('encode', 'héllo'.encode, 'utf-16'); show('encode', 'x'.encode, 'nope')
show('format', '{0}{1}{0}'.format, 'a', 'b'); show('format', '{x:>5}|{y!r}'.format, x=1, y='s'); show('format', '{}{}'.format, 1)
show('format', '{0}{}'.format, 1, 2); show('format_map', '{a}'.format_map, {'a': 1}); show('format', '{:d}'.format, 'x')
show('mod', lambda: '%s %d %5.2f %-4s| %x %o %e %r %%' % ('a', 3, 2.5, 'b', 255, 8, 12345.678, 'q'))
show('mod', lambda: '%(a)s %(b)03d' % {'a': 1, 'b': 2}); show('mod', lambda: '%d' % 'x'); show('mod', lambda: '%s %s' % (1,)); show('mod', lambda: '%s' % (1, 2))
show('mod', lambda: '%c%c' % (65, 'b')); show('mod', lambda: '%i|%u|%5s|%.1s' % (1, 2, 'ab', 'xyz')); show('mod', lambda: '%z' % 1)
show('mul', lambda: 'ab' * 3); show('mul', lambda: 'ab' * -1); show('mul', lambda: 'ab' * 2.0); show('add', lambda: 'a' + 1)
show('getitem', lambda: 'abc'[5]); show('slice', lambda: 'abcdef'[::-2]); show('slice', lambda: 'abcdef'[1:100:2])
show('cmp', lambda: 'a' < 1); show('in', lambda: 1 in 'abc'); show('hash eq', lambda: 'abc' == 'abc')
show('str()', str, b'abc'); show('str()', str, b'abc', 'utf-8'); show('str()', str, 1, 'utf-8'); show('str()', str, object=5)
show('ord', ord, 'ab'); show('ord', ord, ''); show('chr', chr, 0x110000); show('chr', chr, -1); show('chr', chr, 'a')
