# itertools recipes combined with functools and collections
import itertools as it
import functools
from collections import deque
def take(n, iterable):
    return list(it.islice(iterable, n))
def chunked(iterable, n):
    iterator = iter(iterable)
    return iter(lambda: tuple(it.islice(iterator, n)), ())
def sliding(iterable, n):
    d = deque(maxlen=n)
    for x in iterable:
        d.append(x)
        if len(d) == n:
            yield tuple(d)
def roundrobin(*iterables):
    nexts = deque(iter(x).__next__ for x in iterables)
    while nexts:
        try:
            yield nexts[0]()
            nexts.rotate(-1)
        except StopIteration:
            nexts.popleft()
def unique_everseen(iterable):
    seen = []
    for x in it.filterfalse(seen.__contains__, iterable):
        seen.append(x)
        yield x
def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
print(take(5, it.count(3, 3)))
print(list(chunked(range(10), 4)))
print(list(sliding("abcde", 3)))
print(list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")))
print(list(powerset([1, 2, 3])))
print(functools.reduce(lambda a, b: a * b, it.islice(it.count(1), 10)))
running = list(it.accumulate(range(1, 11), lambda a, b: a + b))
print(running, list(it.compress(running, it.cycle([1, 0]))))
print(sum(1 for _ in it.combinations(range(8), 3)), list(it.starmap(max, it.pairwise([3, 1, 4, 1, 5]))))
