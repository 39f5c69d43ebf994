# sorted and reversed
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3: 0, 1: 0}))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
d = {"x": 1, "y": 2, "z": 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
r = reversed([1, 2, 3])
print(next(r), list(r))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Rev())))
class CustomRev:
    def __reversed__(self):
        return iter(["custom", "order"])
print(list(reversed(CustomRev())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(sorted([-3, 2, -1], key=abs, reverse=True), sorted([], reverse=True))
data = [5, 3, 8]
s = sorted(data)
print(s is data, data, s)
