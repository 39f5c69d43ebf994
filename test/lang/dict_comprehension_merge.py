# dict comprehensions and | merge
squares = {n: n * n for n in range(6)}
print(squares)
evens = {k: v for k, v in squares.items() if k % 2 == 0}
print(evens)
inv = {v: k for k, v in squares.items()}
print(inv)
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
lens = {w: len(w) for w in words}
print(lens, max(lens, key=lens.get))
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
a |= b
print(a)
a |= [("w", 0)]
print(a)
print({**a, "x": -1}, {k: v for k, v in sorted(a.items(), key=lambda kv: kv[1])})
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested, nested[2][2])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
pairs = dict(enumerate("xyz", start=1))
print(pairs)
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
print({k: v for k, v in zip(range(3), "abc") if k})
