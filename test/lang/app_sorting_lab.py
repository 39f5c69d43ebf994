# Sorting lab: hand-written sorts checked against sorted(), stability, key functions, comparison counting
import random
import functools
from dataclasses import dataclass

rng = random.Random(7)
COMPARISONS = 0


@functools.total_ordering
class Counted:
    __slots__ = ("v", "tag")

    def __init__(self, v, tag):
        self.v, self.tag = v, tag

    def __lt__(self, other):
        global COMPARISONS
        COMPARISONS += 1
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return f"{self.v}{self.tag}"


def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and x < a[j]:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a


def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    return out + left[i:] + right[j:]


def quick_sort(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    return quick_sort([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quick_sort([x for x in a if pivot < x])


def heap_sort(a):
    a = list(a)
    n = len(a)

    def sift(i, size):
        while True:
            l, r, big = 2 * i + 1, 2 * i + 2, i
            if l < size and a[big] < a[l]:
                big = l
            if r < size and a[big] < a[r]:
                big = r
            if big == i:
                return
            a[i], a[big] = a[big], a[i]
            i = big

    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a


def counting_sort(a, key):
    lo, hi = min(map(key, a)), max(map(key, a))
    buckets = [[] for _ in range(hi - lo + 1)]
    for x in a:
        buckets[key(x) - lo].append(x)
    return [x for b in buckets for x in b]


data = [Counted(rng.randint(0, 20), "abcdefghijklmnopqrstuvwxyz"[i % 26]) for i in range(40)]
expected = sorted(data)
print("input ", data[:12])
for fn in (insertion_sort, merge_sort, quick_sort, heap_sort, sorted):
    COMPARISONS = 0
    out = fn(data)
    stable = [x.tag for x in out] == [x.tag for x in expected]
    print(f"{fn.__name__:<15} ok={out == expected!s:<5} stable={stable!s:<5} comparisons={COMPARISONS}")
print("counting", counting_sort(data, key=lambda c: c.v) == expected, [x.tag for x in counting_sort(data, lambda c: c.v)] == [x.tag for x in expected])


@dataclass
class Emp:
    name: str
    dept: str
    salary: int
    age: int


staff = [Emp("ann", "eng", 120, 34), Emp("bob", "ops", 90, 45), Emp("cy", "eng", 120, 29), Emp("dee", "ops", 95, 45),
         Emp("eve", "hr", 70, 38), Emp("fay", "eng", 150, 52), Emp("gus", "hr", 70, 23)]
by = sorted(staff, key=lambda e: (e.dept, -e.salary, e.name))
for e in by:
    print(f"  {e.dept:<4}{e.name:<5}{e.salary:>5}{e.age:>4}")
s2 = sorted(sorted(staff, key=lambda e: e.name, reverse=True), key=lambda e: e.age, reverse=True)
print([e.name for e in s2])


def cmp_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = "banana Apple cherry kiwi date fig Elderberry grape".split()
print(sorted(words, key=functools.cmp_to_key(cmp_len_then_alpha)))
print(sorted(words, key=str.casefold), sorted(words, key=lambda w: (w[-1], w)), sorted(words, reverse=True)[:3])
print(min(words, key=len), max(words, key=lambda w: w.lower()), sorted("hello world"), sorted({3: "a", 1: "b"}))
nums = [rng.uniform(-1, 1) for _ in range(6)]
print([round(x, 4) for x in sorted(nums, key=abs)], sorted([3, 1, 2]).__class__.__name__)
lst = [5, 2, 9]
print(lst.sort(), lst, sorted(lst, key=None, reverse=False), list(reversed(lst)))
try:
    sorted([1, "2", 3])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{}, {}])
except TypeError as e:
    print("TypeError:", e)
pairs = [(1, "b"), (1, "a"), (0, "z")]
pairs.sort(key=lambda p: p[0])
print(pairs, sorted([(1, [2]), (1, [1])]), sorted([[2, 1], [1, 9], [1]]), sorted([0.5, -0.0, 0.0, -1]))
