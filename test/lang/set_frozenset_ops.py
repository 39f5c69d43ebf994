# set/frozenset operators and methods: result types, comparisons, in-place forms, errors.
s = {1, 2, 3}
f = frozenset({2, 3, 4})
print(s | f, f | s, type(f | s).__name__, type(s & f).__name__, type(f - s).__name__, s - f, s ^ f, f ^ s)
print(s <= f, s == {1, 2, 3}, s.issubset([1, 2, 3, 4]), s.issuperset(range(2)), s.isdisjoint((7, 8)), {1, 2} > {1}, {1} < {1})
print(s.union([9], (8,)), s.intersection(), s.intersection([1, 2], {2}), s.difference([1], [2]), s.symmetric_difference([3, 5]))
print(frozenset() == set(), set('abc') == frozenset('cba'), {frozenset({1}): 'x'}[frozenset([1])], repr(set()), repr(frozenset()))
print(repr(frozenset({1, 2})), set([1, 1.0, True]), sorted({3, 1, 2}, reverse=True), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
a = {1, 2}
a |= {3}
a &= {1, 3, 5}
a -= {1}
a ^= {7}
print(a)
b = f
b |= {9}
print(b, f, b is f, type(b).__name__)
for bad in (lambda: s | [1], lambda: s.remove(99), lambda: set().pop(), lambda: {[]}, lambda: s < [1], lambda: frozenset().add):
    try:
        r = bad()
        print('ok', r if not callable(r) else 'callable')
    except (TypeError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
s2 = {1, 2, 3}
s2.discard(99)
s2.update([4], (5,))
s2.intersection_update(range(2, 10))
s2.difference_update({5})
s2.symmetric_difference_update({2, 10})
print(s2, s2.copy() == s2, s2.copy() is s2, len(s2), 3 in s2, 10 not in s2)
try:
    for x in s2:
        s2.add(x * 100)
except RuntimeError as e:
    print('RuntimeError', e)
print(sorted(set('mississippi')), {x % 3 for x in range(10)}, frozenset(range(3)) | {5})
