# Generator expressions
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(list((i, j) for i in range(3) for j in range(i)))
print(sorted((c for c in "generator"), reverse=True))
print(",".join(str(n) for n in range(5)))
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(dict((v, i) for i, v in enumerate(data)))
print(tuple(x for x in data if x > 3), set(x % 3 for x in data))
seen = []
def noisy(x):
    seen.append(x)
    return x
lazy = (noisy(i) for i in range(5))
print(seen)
next(lazy)
print(seen)
print(next(x for x in range(100) if x * x > 50))
print(next((x for x in [] if x), "none found"))
x = 10
g2 = (x + i for i in range(3))
x = 20
print(list(g2))
g3 = (i for i in range(x))
x = 3
print(len(list(g3)))
nested = (sum(row) for row in ((i * j for j in range(3)) for i in range(3)))
print(list(nested))
print(list(zip((a for a in "abc"), (b for b in range(10)))))
