# __iter__ and __next__
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(4)
print(list(c), list(c), sum(c), max(c))
it = iter(c)
print(next(it), next(it), list(it), next(it, "done"))
for a, b in zip(Countdown(3), Countdown(5)):
    print(a, b)
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(100)
print(list(f), list(f))
print(sorted(Countdown(5)), tuple(Countdown(2)), dict(zip(Countdown(3), "abc")))
a, b, *rest = Countdown(5)
print(a, b, rest)
print(3 in Countdown(5), 9 in Countdown(5))
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
