# Iterator protocol toolkit: custom iterator classes (__iter__/__next__), sequence-protocol fallbacks,
# __reversed__/__len__/__length_hint__, iterator exhaustion, peekable and chunked wrappers, windowing,
# round-robin scheduling with deque, sentinel iter(), and a lazy Range-like class with slicing
from collections import deque
import itertools
import operator


class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

    def __length_hint__(self):
        return max(self.n, 0)


class Squares:
    """Only __getitem__: iteration and `in` fall back to indexing until IndexError."""

    def __init__(self, limit):
        self.limit = limit
        self.lookups = 0

    def __getitem__(self, i):
        self.lookups += 1
        if i >= self.limit:
            raise IndexError(i)
        return i * i


class Peekable:
    _EMPTY = object()

    def __init__(self, it):
        self._it = iter(it)
        self._buf = deque()

    def __iter__(self):
        return self

    def __next__(self):
        return self._buf.popleft() if self._buf else next(self._it)

    def peek(self, default=_EMPTY):
        if not self._buf:
            try:
                self._buf.append(next(self._it))
            except StopIteration:
                if default is Peekable._EMPTY:
                    raise
                return default
        return self._buf[0]

    def prepend(self, *items):
        self._buf.extendleft(reversed(items))


class LazyRange:
    def __init__(self, start, stop=None, step=1):
        if stop is None:
            start, stop = 0, start
        if step == 0:
            raise ValueError("LazyRange() arg 3 must not be zero")
        self.start, self.stop, self.step = start, stop, step

    def __len__(self):
        n = (self.stop - self.start + self.step - (1 if self.step > 0 else -1)) // self.step
        return max(0, n)

    def __getitem__(self, i):
        if isinstance(i, slice):
            s, e, st = i.indices(len(self))
            return LazyRange(self[s] if s < len(self) else self.stop, self.start + e * self.step, self.step * st)
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("LazyRange index out of range")
        return self.start + i * self.step

    def __iter__(self):
        v = self.start
        for _ in range(len(self)):
            yield v
            v += self.step

    def __reversed__(self):
        return (self[i] for i in range(len(self) - 1, -1, -1))

    def __contains__(self, x):
        return any(x == v for v in self)

    def __repr__(self):
        return f"LazyRange({self.start}, {self.stop}, {self.step})"


def chunked(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


def windows(it, n):
    d = deque(maxlen=n)
    for x in it:
        d.append(x)
        if len(d) == n:
            yield tuple(d)


def round_robin(*iterables):
    queue = deque(iter(i) for i in iterables)
    while queue:
        it = queue.popleft()
        try:
            yield next(it)
        except StopIteration:
            continue
        queue.append(it)


c = Countdown(5)
print(list(c), list(c), c.__length_hint__(), operator.length_hint(Countdown(3)), operator.length_hint([1, 2], 9), operator.length_hint(iter({}), 4))
sq = Squares(6)
print(list(sq), 16 in sq, 17 in sq, sq.lookups, list(zip(Squares(3), "abc")), sorted(Squares(4), reverse=True))
try:
    reversed(Squares(3))
except TypeError as e:
    print("TypeError:", e)
try:
    len(Squares(3))
except TypeError as e:
    print("TypeError:", e)
p = Peekable("abcde")
print(p.peek(), next(p), p.peek(), list(itertools.islice(p, 2)))
p.prepend("x", "y")
print(list(p), p.peek("empty"))
try:
    p.peek()
except StopIteration:
    print("peek on exhausted -> StopIteration")
r = LazyRange(3, 30, 4)
print(r, len(r), list(r), r[0], r[-1], r[2:5], list(r[::2]), list(reversed(r)), 15 in r, 16 in r, list(LazyRange(10, 0, -3)), len(LazyRange(5, 5)))
try:
    r[99]
except IndexError as e:
    print("IndexError:", e)
try:
    LazyRange(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
print(list(chunked(range(10), 4)), list(chunked([], 3)), list(windows("abcdef", 3)), list(round_robin("ABC", "D", "EF")))
data = iter([3, 1, 4, 1, 5, 9, 2, 6])
print(next(data), list(itertools.takewhile(lambda v: v < 5, data)), list(data), next(data, "done"))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")), list(lines))
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
print(list(map(operator.mul, range(5), itertools.repeat(3))), dict(enumerate("ab", 1)), list(filter(None, Squares(4))))
g = (x * 2 for x in Countdown(3))
print(next(g), list(g), list(g))
e = enumerate(Peekable([10, 20]))
print(next(e), type(e).__name__, list(e))
print(sum(Squares(100)), max(Countdown(7)), min(LazyRange(-5, 5, 3)), any(v > 50 for v in Squares(8)), all(Countdown(3)))
