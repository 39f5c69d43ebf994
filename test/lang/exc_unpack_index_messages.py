# Messages of unpacking, indexing, hashing, lookup and operator errors, word for word.
def t(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)


def unpack(n, src):
    if n == 2:
        a, b = src
        return a, b
    a, *b, c = src
    return a, b, c


t(lambda: unpack(2, [1, 2, 3])); t(lambda: unpack(2, [1])); t(lambda: unpack(2, 5)); t(lambda: unpack(3, [1])); t(lambda: unpack(2, 'xy'))
t(lambda: unpack(2, {'k': 1, 'j': 2})); t(lambda: unpack(2, iter([1, 2, 3, 4]))); t(lambda: unpack(3, range(2)))
t(lambda: {[1]: 2}); t(lambda: {{}}); t(lambda: hash([])); t(lambda: {1: 2}[[1]]); t(lambda: set([[1]])); t(lambda: frozenset([{1}]))
t(lambda: [1][5]); t(lambda: 'ab'[9]); t(lambda: (1,)[3]); t(lambda: [].pop()); t(lambda: [1].pop(7)); t(lambda: range(3)[5]); t(lambda: b'x'[2])
t(lambda: {}['k']); t(lambda: {}[(1, 2)]); t(lambda: [1, 2].index(9)); t(lambda: 'abc'.index('z')); t(lambda: (1, 2).index(3)); t(lambda: [1][1:2])
NONE, S, FL = None, 'x', 1.0
t(lambda: ['a'][NONE]); t(lambda: 'a'[S]); t(lambda: (1,)[FL]); t(lambda: [1].insert('x', 1)); t(lambda: {}.pop('k')); t(lambda: [].remove(1))
t(lambda: 'a' + 1); t(lambda: 1 + 'a'); t(lambda: [] + ()); t(lambda: 'a' * 'b'); t(lambda: [1] * 1.5); t(lambda: -'a'); t(lambda: ~1.5); t(lambda: 'a' < 1)
t(lambda: len(5)); t(lambda: iter(5)); t(lambda: next(iter([]))); t(lambda: next(5)); t(lambda: None.x); t(lambda: (1).foo); t(lambda: 'a'.foo)
t(lambda: sorted([1, 'a'])); t(lambda: max([])); t(lambda: min()); t(lambda: chr(-1)); t(lambda: ord('ab')); t(lambda: ord(''))
t(lambda: dict([1])); t(lambda: dict([(1, 2, 3)])); t(lambda: dict(['ab', 'cde'])); t(lambda: 1 / 0); t(lambda: 1 % 0); t(lambda: 1.0 // 0)
t(lambda: int(None)); t(lambda: list(5)); t(lambda: tuple(None)); t(lambda: ''.join([1])); t(lambda: ','.join(['a', 2])); t(lambda: range(1, 2, 0))
t(lambda: getattr(1, 2)); t(lambda: setattr(1, 'x', 2)); t(lambda: isinstance(1, 2)); t(lambda: issubclass(1, int)); t(lambda: object().x)
