# sort calls __lt__ once per comparison, in the order of CPython's timsort; mixed types fail on
# the same comparison as CPython.
import random

calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return f'K{self.v}'

random.seed(3)
for n in [0, 1, 2, 5, 10, 40, 100]:
    vals = [K(random.randint(0, 20)) for _ in range(n)]
    for kw in ({}, {'reverse': True}, {'key': lambda k: (k.v % 3, k)}):
        calls.clear()
        r = sorted(vals, **kw)
        print(n, len(calls), calls[:8], r[:4])
for data in [[1, 'a'], [3, 'a', 1], ['b', 2, 'a', 1.5], [(1, 'a'), (1, 2)], [[1], [0], 'x']]:
    for rev in (False, True):
        try:
            print(sorted(data, reverse=rev))
        except TypeError as e:
            print(e)
n = float('nan')
print(sorted([(n, 2), (n, 1)]), sorted([(3, n), (1, 2), (1, n)]))
print(sorted([3.0, n, 1.0, 2.0, n, 0.5]))
