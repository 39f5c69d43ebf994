names = [n for n in dir(str) if not n.startswith('_')]
for n in names:
    for args in ((), (1, 2, 3, 4, 5)):
        try:
            getattr('ab', n)(*args)
            r = 'ok'
        except Exception as e:
            r = type(e).__name__ + ' ' + str(e)
        print('str', n, len(args), r)
names = [n for n in dir(bytes) if not n.startswith('_')]
for n in names:
    for args in ((), (1, 2, 3, 4, 5)):
        try:
            getattr(b'ab', n)(*args)
            r = 'ok'
        except Exception as e:
            r = type(e).__name__ + ' ' + str(e)
        print('bytes', n, len(args), r)
names = [n for n in dir(bytearray) if not n.startswith('_')]
for n in names:
    for args in ((), (1, 2, 3, 4, 5)):
        try:
            getattr(bytearray(b'ab'), n)(*args)
            r = 'ok'
        except Exception as e:
            r = type(e).__name__ + ' ' + str(e)
        print('bytearray', n, len(args), r)
for f in (lambda: 'a'.join(), lambda: 'a'.zfill(), lambda: 'a'.replace(1), lambda: 'a'.removeprefix(), lambda: b'a'.join(), lambda: b''.zfill(),
          lambda: str.maketrans(), lambda: b'a'.replace(b'a'), lambda: b'a'.removeprefix(), lambda: bytearray().join(), lambda: 'a'.count(),
          lambda: 'a'.startswith(), lambda: 'a'.center(), lambda: 'a'.split(1, 2, 3), lambda: 'a'.encode(1, 2, 3), lambda: 'a'.format_map(),
          lambda: 'a'.partition(), lambda: 'a'.expandtabs(1, 2), lambda: 'a'.ljust(), lambda: 'a'.find(), lambda: 'a'.index(), lambda: 'a'.strip(1, 2),
          lambda: [].index(), lambda: [].insert(1), lambda: [].pop(1, 2), lambda: {}.pop(), lambda: {}.setdefault(), lambda: set().add(), lambda: set().remove(),
          lambda: {}.fromkeys(), lambda: (1).to_bytes(1, 'big', 3), lambda: (1.0).hex(1), lambda: 'a'.upper(1), lambda: [].copy(1), lambda: [].sort(1)):
    try:
        f()
    except TypeError as e:
        print(e)
for f in (lambda: (1).to_bytes(1, 'big', 3), lambda: (1.0).hex(1), lambda: [].copy(1), lambda: [].sort(1), lambda: [].clear(1), lambda: [].reverse(1),
          lambda: {}.keys(1), lambda: {}.copy(1), lambda: {}.clear(1), lambda: {}.items(1), lambda: {}.values(1), lambda: {}.popitem(1),
          lambda: set().copy(1), lambda: set().clear(1), lambda: set().pop(1), lambda: (1).bit_length(1), lambda: (1.5).is_integer(1),
          lambda: (1).conjugate(1), lambda: (1.5).as_integer_ratio(1), lambda: ().count(), lambda: ().index(), lambda: [].count(),
          lambda: int.from_bytes(), lambda: float.fromhex(), lambda: (1).as_integer_ratio(2), lambda: (1).bit_count(1),
          lambda: frozenset().copy(1), lambda: set().isdisjoint(), lambda: set().update(), lambda: {}.update(1, 2), lambda: [].extend()):
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
