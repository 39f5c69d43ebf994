from itertools import groupby

print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
data = [('a', 1), ('a', 2), ('b', 3), ('c', 4), ('c', 5)]
for key, grp in groupby(data, key=lambda t: t[0]):
    print(key, [v for _, v in grp])
# shared underlying iterator: earlier groups are exhausted once advanced
groups = []
for k, g in groupby('aaabbc'):
    groups.append((k, g))
print([(k, list(g)) for k, g in groups])
it = groupby([1, 1, 2, 2, 2, 3])
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g2), list(g1))
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for letter, ws in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(ws))
print(list(groupby([])))
runs = [(k, sum(1 for _ in g)) for k, g in groupby([0, 0, 1, 1, 1, 0, 1])]
print(runs)
