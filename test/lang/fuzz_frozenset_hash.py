# hash(frozenset) is CPython's (order independent) algorithm.
for fs in [frozenset(), frozenset({1}), frozenset({1, 2, 3}), frozenset({-1, -2}),
           frozenset({(1, 2), 2**70, 1.5}), frozenset({frozenset({1})}), frozenset(range(100))]:
    print(sorted(fs, key=repr)[:3], hash(fs))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), {frozenset({1}): 'a'}[frozenset([1])])
