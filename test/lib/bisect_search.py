from bisect import bisect_left, bisect_right


def index(a, x):
    i = bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f'{x} not found')


def find_lt(a, x):
    i = bisect_left(a, x)
    if i:
        return a[i - 1]
    raise ValueError('none less')


def find_ge(a, x):
    i = bisect_left(a, x)
    if i != len(a):
        return a[i]
    raise ValueError('none greater or equal')


def count_range(a, lo, hi):
    return bisect_right(a, hi) - bisect_left(a, lo)


a = [1, 3, 3, 5, 8, 13, 21]
print(index(a, 3), index(a, 21), find_lt(a, 5), find_ge(a, 6), count_range(a, 3, 8))
for f, arg in [(index, 4), (find_lt, 1), (find_ge, 22)]:
    try:
        f(a, arg)
    except ValueError as e:
        print('ValueError', e)
print(bisect_left('aceg', 'd'), bisect_right((1.5, 2.5), 2.5))
