# The 4300-digit limit on int<->decimal str conversion (CPython 3.11) and sys.set_int_max_str_digits.
import sys


def t(f):
    try:
        r = f()
        print(repr(r)[:50])
    except ValueError as e:
        print('ValueError', e)


big = 10 ** 4299
print(sys.get_int_max_str_digits(), len(str(big)), len(str(-big)))
t(lambda: str(big * 10))
t(lambda: repr(-big * 10))
t(lambda: f'{big * 10}')
t(lambda: '%d' % (big * 10))
t(lambda: format(big * 10, ','))
t(lambda: hex(big * 10)[:12])
t(lambda: int('1' * 4301))
t(lambda: int('1' * 4300) > 0)
t(lambda: int('1' * 5000, 16) > 0)
t(lambda: int('1' * 5000, 2) > 0)
t(lambda: sys.set_int_max_str_digits(100))
sys.set_int_max_str_digits(0)
t(lambda: len(str(big * 10)))
sys.set_int_max_str_digits(5000)
t(lambda: len(str(big * 10)))
t(lambda: int('1' * 5001))
t(lambda: len(str(2 ** 16000)))
print(sys.get_int_max_str_digits(), str(-big)[:5], (big * 10) % 9)
