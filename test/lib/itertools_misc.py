import operator
from itertools import (accumulate, chain, compress, dropwhile, filterfalse,
                       pairwise, starmap, takewhile, tee, zip_longest)

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate('abc')))
print(list(chain('ab', [1, 2], (3,))), list(chain()))
print(list(chain.from_iterable(['xy', 'z', []])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print(list(pairwise('ABCD')), list(pairwise('A')))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee('ab', 3)
print(list(x), list(y), list(z))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest([1, 2], [3], [4, 5, 6])), list(zip_longest()))
try:
    chain(1, 2)
    print(list(chain(1, 2)))
except TypeError as e:
    print('TypeError', e)
try:
    zip_longest(1, [2])
except TypeError as e:
    print('TypeError', e)
print(dict(zip_longest('abc', range(2))))
