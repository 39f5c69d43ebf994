# Builtin methods called with a missing or wrong self, and argument checks done before the work.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)
    else:
        print(label, repr(r))

show(1, lambda: list.append())
show(2, lambda: dict.keys())
show(3, lambda: str.lower(5))
show(4, lambda: str.isdigit(None))
show(5, lambda: str.__getitem__(5, 1))
show(6, lambda: str.__format__(5, ''))
show(7, lambda: str.__len__([]))
show(8, lambda: bytes.upper('x'))
show(9, lambda: bytearray.append(b'x', 1))
show(10, lambda: str(1, 5))
show(11, lambda: str(1, 'utf-8'))
show(12, lambda: str(b'ab', 'ascii', 3))
show(13, lambda: str('ab', 'ascii'))
show(14, lambda: int(b' 12 '))
show(15, lambda: int(b'ab'))
show(16, lambda: int(bytearray(b'ab')))
show(17, lambda: int(b'ff', 16))
show(18, lambda: int(bytearray(b'-101'), 2))
show(19, lambda: int(b'', 0))
show(20, lambda: repr((5).bit_length).startswith('<built-in method bit_length of int object at 0x'))
show(21, lambda: '{0.bit_length}'.format(5).startswith('<built-in method bit_length of int object at 0x'))
show(22, lambda: hasattr(5, 'is_integer'))
show(23, lambda: (5.0).is_integer())
