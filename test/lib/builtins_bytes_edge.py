def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        res = '-> ' + repr(r)
    except Exception as e:
        res = '!! ' + type(e).__name__ + ': ' + str(e)
    print(label, res)

b = b'Hello, World'
for m in ['upper', 'lower', 'swapcase', 'title', 'capitalize', 'isalpha', 'isdigit', 'isalnum', 'isspace', 'islower', 'isupper', 'istitle', 'isascii', 'hex', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'splitlines', 'expandtabs']:
    show(m, getattr(b, m))
show('hex', b.hex, ':'); show('hex', b.hex, '-', 2); show('fromhex', bytes.fromhex, '48 65 6c'); show('fromhex', bytes.fromhex, 'zz'); show('fromhex', bytes.fromhex, '4')
for m in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']:
    for a in [(b'o',), (b'o', 5), (111,), ('o',), (b'zz',), (b'',)]:
        show(m, getattr(b, m), *a)
show('replace', b.replace, b'l', b'L', 2); show('split', b'a,b,,c'.split, b','); show('split', b'a b'.split, ' '); show('join', b'-'.join, [b'a', bytearray(b'b')]); show('join', b'-'.join, [b'a', 'b'])
show('partition', b.partition, b', '); show('center', b'ab'.center, 6, b'*'); show('center', b'ab'.center, 6, '*'); show('zfill', b'-5'.zfill, 4); show('ljust', b'a'.ljust, 3)
show('translate', b'abc'.translate, bytes.maketrans(b'ab', b'xy')); show('translate', b'abc'.translate, None, b'b'); show('maketrans', bytes.maketrans, b'a', b'bc')
show('decode', b'\xff'.decode); show('decode', b'\xff'.decode, 'utf-8', 'replace'); show('decode', b'\xe2\x82\xac'.decode); show('decode', b'abc'.decode, 'ascii'); show('decode', b'\x80'.decode, 'latin-1')
show('bytes', bytes, 3); show('bytes', bytes, [1, 2, 300]); show('bytes', bytes, 'abc'); show('bytes', bytes, 'abc', 'utf-8'); show('bytes', bytes, -1); show('bytes', bytes, range(3)); show('bytes', bytes, 2.5)
show('getitem', lambda: b[0]); show('getitem', lambda: b[-1:]); show('getitem', lambda: b[100]); show('in', lambda: 72 in b); show('in', lambda: 300 in b); show('in', lambda: 'H' in b)
show('add', lambda: b + 'x'); show('add', lambda: b + bytearray(b'x')); show('mul', lambda: b'ab' * 2); show('mod', lambda: b'%s-%d-%x' % (b'a', 5, 255)); show('mod', lambda: b'%s' % 'str')
show('cmp', lambda: b'a' < b'b'); show('cmp', lambda: b'a' == 'a'); show('cmp', lambda: b'a' < 'a'); show('hash', lambda: hash(b'abc') == hash(b'abc'))
ba = bytearray(b'hello')
ba.append(33); ba.extend(b'??'); ba[0] = 72; del ba[-1]; ba.insert(0, 62); print(ba, ba.pop(), ba.pop(0), ba, len(ba))
show('append', ba.append, 256); show('append', ba.append, 'x'); show('setitem', ba.__setitem__, 0, -1); ba[1:3] = b'EL'; print(ba); ba.reverse(); print(ba); ba.remove(72); print(ba); show('remove', ba.remove, 0)
print(bytearray(3), bytearray([65, 66]), bytearray('hi', 'ascii'), bytearray(b'x') * 2, bytearray(b'ab').upper(), bytes(bytearray(b'q')), list(bytearray(b'AZ')), ba.copy(), ba.clear(), ba)
show('bytearray', bytearray, 'x'); show('bytearray hash', hash, bytearray()); show('iadd', lambda: bytearray(b'a').__iadd__(b'b'))
print(repr(b'\x00\n\t\\\'"'), repr(b"'"), repr(b'"\''), str(b'ab'), b'ab'.isalpha(), bytes.fromhex('00ff').hex(), b'A'[0])
