a = [x for x in y]
b = [x * y for x in range(3) for y in range(4) if x if y > 1]
c = {x for x in y if x}
d = {k: v for k, v in items.items()}
e = (x for x in y)
f = sum(x for x in y)
g = [(x, y) for x, y in zip(a, b)]
h = [[j for j in i] for i in m]
i = [x for *a, x in y]
j = {**a, 'b': 1, **c}
k = [*a, *b, 1]
l = {*a, *b}
m = [x for x in (1, 2) if (y := x)]
n = sorted(x for x in y if x not in z)
o = [lambda: x for x in y]
p = [x for x in lambda_ if x]
