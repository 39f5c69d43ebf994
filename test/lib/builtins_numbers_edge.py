def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        res = '-> ' + repr(r)
    except Exception as e:
        res = '!! ' + type(e).__name__ + ': ' + str(e)
    print(label, res)

for n in [0, 1, -1, 255, 256, -256, 2**64, -(2**63)]:
    show('to_bytes', n.to_bytes, 8, 'big', signed=True); show('to_bytes', n.to_bytes, 2, 'little', signed=False)
show('to_bytes', (5).to_bytes); show('to_bytes', (5).to_bytes, 1, 'middle'); show('to_bytes', (5).to_bytes, -1, 'big')
show('from_bytes', int.from_bytes, b'\x01\x00', 'big'); show('from_bytes', int.from_bytes, b'\xff\xff', 'little', signed=True); show('from_bytes', int.from_bytes, [1, 2], 'big'); show('from_bytes', int.from_bytes, b'\x01')
show('from_bytes', int.from_bytes, 'ab', 'big')
for n in [0, 7, -7, 2**100]:
    print(n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.numerator, n.denominator, n.real, n.imag, n.conjugate(), abs(n), ~n)
for x in [0.0, -0.0, 1.5, -2.75, 1e300, 5e-324, 0.1, float('inf'), float('nan'), 3.0]:
    show('hex', x.hex); show('as_integer_ratio', x.as_integer_ratio); show('is_integer', x.is_integer)
for s in ['0x1.8p1', '-0x1p-1074', 'inf', '0x.8', '1', 'zz', '0x1p99999']:
    show('fromhex', float.fromhex, s)
for args in [(2.5,), (3.5,), (-2.5,), (2.675, 2), (1234.5, -2), (15, -1), (25, -1), (-35, -1), (1.5, None), (2**70 + 0.0, 0), (float('inf'),), (float('nan'), 1), (5, 'x'), ('a',)]:
    show('round', round, *args)
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (7, 0), (7.0, 0.0), (2**70, 3), (1, 'a')]:
    show('divmod', divmod, a, b); show('mod', lambda: a % b); show('floordiv', lambda: a // b)
for args in [(2, 10), (2, -1), (2, 10, 1000), (2, -1, 7), (3, -1, 9), (0, 0), (0.0, -1), (2, 0.5), (10, 400.0), (2, 3, 0), (2.0, 3, 5), (2, 10**20, 10**9 + 7)]:
    show('pow', pow, *args)
for s in ['12', ' -12 ', '0x1f', '1_000', '1__0', '١٢', '12.5', '', '+', '0b101', '0o17', '09']:
    show('int', int, s); show('int16', int, s, 16) if s else None; show('int0', int, s, 0)
show('int', int, '101', 2); show('int', int, '101', 37); show('int', int, 5, 2); show('int', int, 3.9); show('int', int, -3.9); show('int', int, float('nan')); show('int', int, float('inf')); show('int', int, 'z', 36)
for s in ['1.5', ' 1e3 ', 'inf', '-Infinity', 'nan', '1_0.5', '0x10', '', '.5', '5.', '1e', 'infinity ', '+.5e-2']:
    show('float', float, s)
show('float', float, 2**1024); show('float', float, [1]); show('float', float, b'1.5'); show('int', int, b'12'); show('int', int, [1])
for v in [0.1, 1e16, 1e-5, 123456789012345678.0, 1.0, -0.0, 1e22, 1.5e-7, 2.5e+16]:
    print(repr(v), str(v), f'{v:g}', f'{v:.3e}', f'{v:,.2f}', f'{v:%}' if abs(v) < 1e10 else '', f'{v:10.4}', f'{v:+}')
for v in [255, -255, 2**40]:
    print(f'{v:x} {v:#X} {v:o} {v:#b} {v:,} {v:_} {v:>10} {v:<10}| {v:^10} {v:=+10} {v:c}' if 0 <= v < 1114111 else f'{v:x} {v:#X} {v:o} {v:#b} {v:,} {v:_}')
show('format', format, 5, 's'); show('format', format, 5.5, 'd'); show('format', format, 'x', 'd'); show('format', format, 3, ',x')
print(bin(-5), hex(-255), oct(8), bin(0), abs(-0.0), max(1, 2.0), min([3, 1], default=0), min([], default='e'), sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []))
show('sum', sum, ['a', 'b'], ''); show('max', max, []); show('max', max, 1); show('min', min, [1, 'a']); show('max', max, [1, 2], key=lambda v: -v)
show('max', max, 1, 2, default=0); show('sorted', sorted, [3, 1], key=lambda v: v, reverse=True)
print(int.__mul__(3, 4), float.__truediv__(1.0, 4), (5).__truediv__(2), (5).__floordiv__(2.0), (2.0).__rpow__(3))
for n, args in [(127, (1, 'big')), (128, (1, 'big')), (-128, (1, 'big')), (-129, (1, 'big')), (255, (1, 'little')), (0, (0, 'big')), (1, (0, 'big'))]:
    show('to_bytes signed', n.to_bytes, *args, signed=True)
show('to_bytes', (1).to_bytes, 2, byteorder=5); show('from_bytes', int.from_bytes, [1, 256], 'big'); show('from_bytes', int.from_bytes, 5, 'big'); show('from_bytes', int.from_bytes, bytearray(b'\x02'), 'little')
show('int', int, b' 42 '); show('int', int, b'x'); show('float', float, b'nan'); show('float', float, b'1e'); show('int', int, bytearray(b'7'))
class MyInt(int): pass
print(MyInt.from_bytes(b'\x05', 'big'), type(MyInt.from_bytes(b'\x05', 'big')).__name__, (5).to_bytes(2, 'big'), (1024).to_bytes(2))
