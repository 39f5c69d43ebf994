# enumerate (start) and zip (incl. strict)
fruits = ["apple", "banana", "cherry"]
for i, f in enumerate(fruits):
    print(i, f)
for i, f in enumerate(fruits, start=1):
    print(i, f)
print(list(enumerate("ab", -5)), list(enumerate([])))
e = enumerate("xyz")
print(next(e), next(e), list(e))
print(list(zip([1, 2, 3], "abc", (True, False, None))))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
print(dict(zip(["a", "b"], [1, 2])))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, words = zip(*pairs)
print(nums, words)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(list(zip(range(3), range(3), strict=True)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
for idx, (a, b) in enumerate(zip("pq", "rs"), 10):
    print(idx, a, b)
