# itertools: count, cycle, repeat, islice
import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 5), 4)), list(it.islice(it.count(1.5, 0.5), 3)))
print(list(it.islice(it.count(10, -3), 5)))
print(list(it.islice(it.cycle("ABC"), 8)), list(it.islice(it.cycle([1]), 3)))
print(list(it.repeat("x", 4)), list(it.repeat(0, 0)), list(it.islice(it.repeat(7), 3)))
print(list(map(pow, range(5), it.repeat(2))))
print(list(zip(it.count(1), "abc")))
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 5)), list(it.islice("abcdefg", 1, None, 2)))
print(list(it.islice(range(100), 95, None)))
c = it.count(5)
print(next(c), next(c), next(c))
cy = it.cycle([1, 2])
print([next(cy) for _ in range(5)])
labels = dict(zip(["a", "b", "c", "d", "e"], it.cycle(["red", "blue"])))
print(labels)
try:
    it.islice("abc", -1)
except ValueError as e:
    print("ValueError:", str(e)[:40])
