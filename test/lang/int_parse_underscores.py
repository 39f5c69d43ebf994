# int()/float() parsing: underscores, whitespace, signs, bases, prefixes and their error messages.
cases = [' 1_000 ', '1__0', '_1', '1_', '\t-42\n', '+ 1', '', '0x_ff', '010', '0_0', '00', '١٢٣', '12 3', '1e3', '-0']
for s in cases:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for s, b in [('0x_ff', 16), ('0b101', 0), ('010', 0), ('0o17', 0), ('z', 36), ('Z', 36), ('0b2', 0), ('ff', 15), ('-0xF', 0), ('0X1f', 16)]:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, 'ValueError', e)
for b in (1, 37, -1):
    try:
        int('1', b)
    except ValueError as e:
        print('ValueError', e)
for s in [' 1_0.5 ', '1e', '-inf', 'nan', 'infinity', '-Infinity', '.5', '5.', '1_000.000_1', '1__0.0', '0x10', '1e-5_0', '  +1E+2  ', '1.5j']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for v in [3.9, -3.9, True, '  7  ', b'12' if False else '12']:
    print(repr(v), int(v))
for v in [float('inf'), float('nan'), None, [1]]:
    try:
        int(v)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print('TypeError', e)
