# min/max (key, default), sum (start), abs
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"))
print(min([], default="empty"), max([], default=None), max([1], default=0))
words = ["apple", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, "a"), (1, "b")]))
print(max("ab", "abc", key=len), min(-1, -2, key=abs))
print(max([2, 4, 4], key=lambda v: v % 4))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 3), sum([[1], [2]], []), sum((), 5))
print(sum(range(1, 101)), sum(x * x for x in range(4)), sum([True, True, False]))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-(10 ** 30)))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(min("b", "a", "c"), max([1.5, 2, True]), min(float("inf"), 10 ** 400))
scores = {"ann": 82, "bob": 95, "cy": 78}
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
