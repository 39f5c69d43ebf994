# dict/set/frozenset/list constructors and copies
base = {"a": 1, "b": 2}
c1 = dict(base)
c1["a"] = 100
print(base, c1)
print(dict(base, c=3), dict(**base, d=4), dict(sorted({"z": 1, "y": 2}.items())))
nested = {"k": [1, 2]}
shallow = dict(nested)
shallow["k"].append(3)
print(nested, shallow, nested["k"] is shallow["k"])
l1 = [1, [2, 3]]
l2 = list(l1)
l3 = l1[:]
l2[1].append(4)
l3[0] = 99
print(l1, l2, l3)
s = set([1, 2, 3])
fs = frozenset(s)
s.add(4)
print(s, fs, fs == {1, 2, 3}, set(fs) | s)
print(list({1: "a", 2: "b"}.items()), tuple(x for x in "ab"))
matrix = [[0] * 3 for _ in range(3)]
matrix[0][0] = 1
bad = [[0] * 3] * 3
bad[0][0] = 1
print(matrix, bad)
print(dict.fromkeys(range(3), []), list(map(list, ["ab", "cd"])))
