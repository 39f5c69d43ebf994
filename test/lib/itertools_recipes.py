from itertools import chain, islice, tee, groupby, zip_longest, count, starmap, repeat
import operator


def take(n, iterable):
    return list(islice(iterable, n))


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))


def sliding_window(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)


def tabulate(function, start=0):
    return map(function, count(start))


print(take(3, 'abcdef'), nth(range(10), 3), nth('ab', 5, 'dflt'))
print(list(grouper('ABCDEFG', 3, 'x')))
print(list(flatten([[1, 2], [3], []])))
print(list(unique_justseen('AAAABBBCCDAABBB')))
print(list(unique_justseen('ABBcCAD', str.lower)))
print(list(sliding_window(range(6), 3)))
print(take(4, tabulate(lambda n: n * n)))
print(list(starmap(operator.mul, zip(range(4), repeat(3)))))
primes = []
for n in count(2):
    if all(n % p for p in primes):
        primes.append(n)
    if len(primes) == 10:
        break
print(primes)
