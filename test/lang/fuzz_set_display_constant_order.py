# A set display of more than two constants is built by CPython from a folded frozenset constant,
# which changes the iteration order against adding the items one by one; a for loop over such a
# display iterates the frozenset itself.
S = {11, 3, 9, 4}
print(S, {11, 3, 9, 4, 19, 27, 35}, {-1, -9, 7, 15}, {(1, 2), (3, 4), 5}, {not 1, 8, 16, 0})
x = 11
print({x, 3, 9, 4}, {11, x, 9, 4})
s = set(); s.add(11); s.add(3); s.add(9); s.add(4); print(s)
print(set([11, 3, 9, 4]), frozenset([11, 3, 9, 4]))
for v in {11, 3, 9, 4, 19, 27, 35}:
    print(v, end=' ')
print()
print([v for v in {11, 3, 9, 4, 19, 27, 35, 43, 51}])
print([(v, w) for v in [1] for w in {16, 8, 0, 24, 32}])
print({1.5, 2.5, 8.0, 0.0, 3.0}, {11, 3, 9, 4} | set())
print({True, 8, 16, 0}, {-2, -3, 13}, {4, 3}, {12, 4})
print(*{11, 3, 9, 4, 19, 27, 35})
print(sorted({11, 3, 9, 4}), len({1, 1, 1, 9, 17}))
