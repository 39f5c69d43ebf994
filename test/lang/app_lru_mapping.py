# Custom containers via collections.abc: LRU cache mapping, sorted list sequence, interval set
from collections.abc import MutableMapping, Sequence, Set, Iterable, Hashable, Sized, Container, Iterator, Callable
from collections import OrderedDict
import bisect


class LRU(MutableMapping):
    def __init__(self, capacity, *args, **kw):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._d = OrderedDict()
        self.evicted = []
        self.update(*args, **kw)

    def __getitem__(self, key):
        val = self._d[key]
        self._d.move_to_end(key)
        return val

    def __setitem__(self, key, value):
        if key in self._d:
            self._d.move_to_end(key)
        self._d[key] = value
        if len(self._d) > self.capacity:
            self.evicted.append(self._d.popitem(last=False))

    def __delitem__(self, key):
        del self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f"LRU({self.capacity}, {dict(self._d)})"


class SortedList(Sequence):
    def __init__(self, items=(), key=None):
        self._key = key or (lambda x: x)
        self._items = sorted(items, key=self._key)
        self._keys = [self._key(x) for x in self._items]

    def add(self, x):
        k = self._key(x)
        i = bisect.bisect_right(self._keys, k)
        self._keys.insert(i, k)
        self._items.insert(i, x)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return SortedList(self._items[i], self._key)
        return self._items[i]

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"SortedList({self._items})"

    def irange(self, lo, hi):
        a = bisect.bisect_left(self._keys, lo)
        b = bisect.bisect_right(self._keys, hi)
        return self._items[a:b]


class Interval(Set, Hashable):
    """Integers in [lo, hi)."""

    def __init__(self, lo, hi):
        self.lo, self.hi = lo, max(lo, hi)

    def __contains__(self, x):
        return isinstance(x, int) and self.lo <= x < self.hi

    def __iter__(self):
        return iter(range(self.lo, self.hi))

    def __len__(self):
        return self.hi - self.lo

    def __repr__(self):
        return f"[{self.lo}, {self.hi})"

    __hash__ = Set._hash

    @classmethod
    def _from_iterable(cls, it):
        return frozenset(it)


c = LRU(3, a=1, b=2)
c["c"] = 3
print(c, len(c), "a" in c, c["a"], list(c))
c["d"] = 4
c["e"] = 5
print(c, c.evicted)
print(c.get("b"), c.get("a", "gone"), c.pop("d"), c.setdefault("f", 6), c.evicted)
try:
    c["zzz"]
except KeyError as e:
    print("KeyError:", e)
try:
    print(sorted(c.items()))
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(c._d.items()), list(c._d.values()), c.keys() == {"a", "e", "f"}, dict(c._d) == {"a": 1, "e": 5, "f": 6})
print(c._d.keys(), c._d.items(), type(iter(c._d)).__name__, list(reversed(c._d.values())))
c.update([("x", 9)], y=10)
print(c, c._d.popitem(), c)
c.clear()
print(c, len(c), isinstance(c, MutableMapping), issubclass(LRU, Sized))
try:
    LRU(0)
except ValueError as e:
    print("ValueError:", e)
try:
    class Broken(MutableMapping):
        pass
    Broken()
except TypeError as e:
    print("TypeError:", e)

sl = SortedList([5, 1, 4], key=lambda x: -x)
sl.add(3)
sl.add(10)
print(sl, sl[0], sl[-1], sl[1:3], len(sl), 4 in sl, 7 in sl, sl.index(3), sl.count(4), list(reversed(sl)))
words = SortedList(["pear", "fig", "banana", "kiwi"], key=len)
words.add("plum")
print(words, words.irange(4, 4), max(words), min(words, key=len), sorted(words))
try:
    sl.index(99)
except ValueError as e:
    print("ValueError:", e)

a, b = Interval(0, 5), Interval(3, 8)
print(a & b, a | b == frozenset(range(8)), sorted(a - b), sorted(a ^ b), a <= Interval(0, 10), a < a, a == Interval(0, 5))
print(a.isdisjoint(Interval(5, 9)), len(a), list(a), 2 in a, 2.0 in a, hash(a) == hash(Interval(0, 5)), {a: "x"}[Interval(0, 5)])
print(isinstance(a, Set), isinstance(a, Hashable), isinstance([], Hashable), isinstance((), Sequence), isinstance({}, Sequence))
print(isinstance(iter([]), Iterator), isinstance([], Iterable), isinstance(len, Callable), isinstance("s", Container))
print(issubclass(dict, MutableMapping), issubclass(frozenset, Set), issubclass(list, Hashable), LRU.__abstractmethods__)
od = OrderedDict([("x", 1), ("y", 2), ("z", 3)])
od.move_to_end("x")
od.move_to_end("z", last=False)
print(od, list(reversed(od)), od == OrderedDict([("z", 3), ("y", 2), ("x", 1)]), od == {"x": 1, "y": 2, "z": 3})
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict([(1, 1), (2, 2)]) != OrderedDict([(2, 2), (1, 1)]), od | {"w": 0})
