# Objects with __index__ used where CPython accepts integers: indexing, slicing, repetition, bases, ranges.
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


two = Idx(2)
print([10, 20, 30][two], (1, 2, 3)[two], 'abc'[two], b'abc'[two], range(5)[two], [1, 2, 3, 4][two:], 'abcd'[Idx(-3):Idx(-1)])
print([1] * two, 'x' * two, two * (0,), b'ab' * two, hex(two), oct(Idx(8)), bin(two), round(2.567, two))
print(list(range(two)), list(range(Idx(1), Idx(10), Idx(3))), 'abcd'.split('c', two), 'a b c d'.split(maxsplit=two))
lst = [1, 2, 3]
lst[two] = 9
print(lst)
del lst[Idx(0)]
print(lst, lst.pop(Idx(-1)), lst, 'abcabc'.find('c', two), 'x'.zfill(Idx(4)), 'x'.center(Idx(5), '*'))
print(int(two) if hasattr(int, '__index__') else '', operator_index := two.__index__(), format(Idx(255), 'x') if False else '')
import operator
print(operator.index(two), [0, 1, 2, 3][operator.index(Idx(3))], bytes(Idx(3)), bytearray(two), chr(Idx(65)), Idx(7).__index__())
F, N = 1.0, None
for bad in (lambda: [1, 2][F], lambda: 'ab'[N], lambda: [1] * 1.5, lambda: 'ab'[Idx(5)], lambda: range(Idx(3))[Idx(9)], lambda: 'x' * 'y'):
    try:
        print(bad())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)


class BadIdx:
    def __index__(self):
        return 'nope'


try:
    [1, 2][BadIdx()]
except TypeError as e:
    print('TypeError', e)
