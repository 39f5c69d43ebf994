from functools import total_ordering, cmp_to_key


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))


a, b = Version('1.2.0'), Version('1.10')
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version('2.0'), Version('1.5.1'), Version('1.5')]))
print(max(Version('0.9'), Version('0.10')))


@total_ordering
class Rev:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return self.n == o.n

    def __gt__(self, o):
        return self.n > o.n


print(Rev(1) < Rev(2), Rev(1) <= Rev(1), Rev(3) >= Rev(4))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)


def numeric_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=cmp_to_key(numeric_then_alpha)))
print(sorted(words, key=cmp_to_key(numeric_then_alpha), reverse=True))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(3) == K(3), K(5) >= K(6))
print(min([5, 3, 8], key=cmp_to_key(lambda a, b: b - a)))
