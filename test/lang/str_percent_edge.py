# %-formatting: flags, widths from *, mapping keys, conversions and the error messages.
print('%5.2f|%-6d|%06.2f|%x|%X|%o|%e|%g|%r|%s|%%|%c|%c' % (3.14159, 42, 2.5, 255, 255, 8, 12345.678, 0.00001, 'a', [1], 65, 'z'))
print('%(a)s-%(b)03d' % {'a': 'A', 'b': 7}, '%+d % d' % (5, 5), '%.3s' % 'abcdef', '%*d|%-*d|' % (5, 1, 4, 2))
print('%#x %#o %i %u' % (255, 8, 3.9, 7), '%s' % (1,), '%s' % ((1, 2),), '%s' % [1, 2], '%r' % 'q')
print('%.2f%%' % 12.345, '%5s|%-5s|' % ('ab', 'cd'), '%x' % -255, '%d' % 3.7, '%s' % None, '%.0f' % 2.5, '%.0f' % 3.5)
print('%10.3e|%-10.1g|%+.2G' % (0.000123, 1234567.0, 1e-10), '%c' % 0x1F600 == '\U0001F600', '%5c|' % 'x')
print('%(x)s %(x)r' % {'x': 'dup'}, '%s %s' % ('a', 'b'), '%.*f' % (2, 3.14159), '%-+6d|' % 7, '%06.1f' % -2.5)
print('%d items' % True, '%.3d' % 5, '%#.3x' % 5, '% 05d' % 42, '%+05d' % -42, '%o' % 0o777)
print('%s' % 2 ** 80, '%d' % 2 ** 80, '%x' % 2 ** 80, '%e' % 2 ** 80, '%.1f' % 1e20)
for fmt, args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1), ('%(x)s', 5), ('%c', 256 * 4352),
                  ('%c', 'ab'), ('%x', 3.0), ('%(a)s %s', {'a': 1}), ('%', ()), ('%.f', 1.5), ('%i', None)]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
print(b'%s-%d-%x' % (b'ab', 5, 255), b'%c' % 65, b'%5b|' % b'x', b'%r' % b'q' if False else b'%a' % 'q')
