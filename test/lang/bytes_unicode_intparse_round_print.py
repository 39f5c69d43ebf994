import sys
bs = [b'hello world', b'\x00\xff\n\t', b'', bytes(range(0, 256, 37)), b'a,b,,c', b'  x  ', b'Hello World', b'\x80abc']
for b in bs:
    print(repr(b), b.hex(), b.hex(':', 2) if b else '', b.upper(), b.title(), b.swapcase(), b.split(), b.split(b','), b.rsplit(None, 1), b.strip(), b.center(14, b'-'))
    print(b.isalpha(), b.isalnum(), b.isspace(), b.isdigit(), b.islower(), b.isupper(), b.istitle(), b.isascii(), b.capitalize(), b.expandtabs(4), b.splitlines(True))
    print(b.decode('latin-1'), b.decode('utf-8', 'replace'), b.decode('ascii', 'ignore'), b.decode('utf-8', 'backslashreplace'), list(b[:3]), b[::-1][:4])
    print(b.partition(b' '), b.rpartition(b'o'), b.count(b'l'), b.find(b'o', 5), b.rfind(b'o'), b.replace(b'l', b'L', 1), b.zfill(12), b.ljust(13, b'.'), b.lstrip(b' h'))
    ba = bytearray(b)
    ba.extend(b'!!'); ba.insert(0, 65); ba[1:3] = b'XYZ'; del ba[-1]
    print(ba, len(ba), ba.pop() if ba else None, ba.find(b'Z'), ba * 2, ba + b'.', bytes(ba) == ba, ba.startswith(b'AX'))
for bad in (lambda: b'a'.decode('ascii', 'strict') + b'\xff'.decode('ascii'), lambda: b'\xff'.decode(), lambda: 'é'.encode('ascii'),
            lambda: bytes('abc'), lambda: bytes([256]), lambda: bytearray(b'a')[5], lambda: bytearray(b'a').remove(5), lambda: bytes.fromhex('zz'),
            lambda: b'%d %s' % (1, b'x'), lambda: b'%s' % 'str', lambda: b'%r' % 1, lambda: b'%a' % 'é', lambda: b'abc'.index(b'z'), lambda: b'a'[1],
            lambda: bytearray(b'ab').pop(5), lambda: bytearray().pop(), lambda: 1, lambda: b'abc'.split(b''),
            lambda: bytearray(b'x').__setitem__(0, 300), lambda: bytes(-1), lambda: b'ab'.join(['a']), lambda: b''.join([b'a', 1]),
            lambda: bytes(3), lambda: bytes(b'x' * 3), lambda: bytes('é', 'utf-8'), lambda: bytes('é', 'ascii'), lambda: bytes(1.5), lambda: 'é'.encode('utf-16-le')):
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
ss = ['Straße', 'ǅungla', 'ΣΑΣ ος', 'ﬁne', 'İstanbul', 'x²', '½', '١٢٣', 'Ünïcödé', 'a\u0301', '\u00df\u0130', 'ῼ', 'ŉ', 'ǈ', '𝔘𝔫𝔦']
for s in ss:
    print(s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase(), len(s.upper()), s.isalpha(), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isidentifier(), s.isprintable())
    print(s.encode('utf-8'), s.encode('ascii', 'replace'), s.encode('ascii', 'xmlcharrefreplace'), s.encode('ascii', 'backslashreplace'), ascii(s), repr(s), s.center(12, '*'), f'{s:^12}|{s!a}')
print(int('١٢٣'), float('١٫٥') if False else float('١٢.5'), int(' 0x1f ', 16), int('0b101', 0), int('-0o17', 8), int('+1_000'), int('z', 36), int('ZZ', 36))
for bad in ('0x', '1__0', '_1', '1_', '0b102', '08', '١_٢', '', ' ', '+', '-0x', '0o8', '1e3', '12.0'):
    for base in (0, 10, 16):
        try:
            print(repr(bad), base, int(bad, base))
        except ValueError as e:
            print(e)
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(2.675, 2), round(5e-324, 400), round(1e300, -299), round(123.456, -1), round(-0.0), round(0.5, 0), round(15, -1), round(25, -1), round(-25, -1), round(10**20 + 5, -1))
print(pow(2, 100, 10**9 + 7), pow(-3, 3, 7), pow(3, -2, 7), pow(10**30, 10**5, 97), pow(2, 0, 1), pow(0, 0), pow(-2, 101) % 1000, 2 ** 0.5, (-8) ** (1/3) if False else 0)
try:
    pow(2, -1, 6)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
print('a', 'b', sep='')
print('a', 'b', end='')
print()
print(*range(3), sep=', ', end='.\n')
print('err line', file=sys.stderr)
print(1, 2, file=None)
sys.stdout.write('written\n')
print(sys.stdout.write('x') if False else '')
try:
    print(1, sep=5)
except TypeError as e:
    print(e)
try:
    print(1, end=[])
except TypeError as e:
    print(e)
try:
    print(1, file=5)
except AttributeError as e:
    print(e)
print('done')
