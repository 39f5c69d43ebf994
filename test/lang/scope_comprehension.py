# Comprehension scopes
x = "outer"
lst = [x for x in range(3)]
print(lst, x)
sq = {n: n * n for n in range(4)}
print(sq)
st = {n % 3 for n in range(10)}
print(sorted(st))
g = (c.upper() for c in "abc")
print(list(g))
n = 10
print([n + i for i in range(3)])
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix)
flat = [v for row in matrix for v in row if v]
print(flat)
def f():
    y = 5
    return [y * k for k in range(3)]
print(f())
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
total = 0
res = [total := total + v for v in range(5)]
print(res, total)
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs)
print([[c for c in w] for w in ["hi", "yo"]])
print({k: [v for v in range(k)] for k in range(3)})
