# Star unpacking in targets and calls
a, *b = [1, 2, 3, 4]
print(a, b)
*c, d = "hello"
print(c, d)
e, *f, g = range(6)
print(e, f, g)
h, *i, j = (1, 2)
print(h, i, j)
(k, l), *m = [(1, 2), 3, 4]
print(k, l, m)
for first, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(first, rest)
def func(a, b, c, d=0):
    return a * 1000 + b * 100 + c * 10 + d
args = [1, 2]
print(func(*args, 3))
print(func(*[1], *(2, 3), 4))
kw = {"c": 7, "d": 8}
print(func(1, 2, **kw))
print(func(**{"a": 1, "b": 1}, **{"c": 1}))
print([*range(3), *"ab", *(9,)])
print({*[1, 2], *{2, 3}})
print({**{"x": 1}, "y": 2, **{"x": 3}})
print((*[1, 2],))
x, y = y, x = 1, 2
print(x, y)
p = q = [0]
p.append(1)
print(q)
[u, v], w = "ab", "c"
print(u, v, w)
print(*[1, 2, 3], sep="-")
