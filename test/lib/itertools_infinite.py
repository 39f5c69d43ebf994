import itertools
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)))
print(list(islice(count(10, 3), 4)))
print(list(islice(count(1.5, 0.5), 4)))
print(list(islice(count(5, -2), 4)))
c = count(7)
next(c)
print(repr(c), repr(count(2, 3)), repr(count(1.0)))
print(list(islice(cycle('abc'), 8)))
print(list(islice(cycle([]), 3)))
print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(2, -1)))
print(list(islice(repeat(None), 2)), repr(repeat('a', 2)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip(count(1), 'abc')))
try:
    count('a')
except TypeError as e:
    print('TypeError', e)
it = cycle([1, 2])
print([next(it) for _ in range(5)])
print(sum(islice(count(1), 100)))
