# Infinite generators with itertools.islice
import itertools
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 20)))
print(list(itertools.islice(naturals(), 5, 10)))
print(list(itertools.islice(naturals(), 0, 20, 4)))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:10], len(list(collatz(27))))
def cycle_words():
    while True:
        for w in ("red", "green", "blue"):
            yield w
print(list(itertools.islice(cycle_words(), 7)))
squares = (n * n for n in naturals())
print(list(itertools.takewhile(lambda s: s < 100, squares)))
print(next(squares))
def triangular():
    total = 0
    for n in naturals():
        total += n
        yield total
print([t for t in itertools.islice(triangular(), 12) if t % 2 == 0])
it = naturals()
print(list(itertools.islice(it, 3)), list(itertools.islice(it, 3)))
