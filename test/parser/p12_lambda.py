f = lambda: 0
g = lambda x: x
h = lambda x, y=1, *args, z, w=2, **kw: (x, y, args, z, w, kw)
i = lambda *, a: a
j = lambda a, /, b: a + b
k = lambda *a, **k: 0
l = lambda x=lambda y: y: x
m = (lambda: (yield))
n = lambda: lambda: 1
o = map(lambda x: x * 2, items)
p = lambda x: x if x else -x
