import operator as op

x = [1, 2]
y = op.iadd(x, [3])
print(x, y is x)
t = (1, 2)
u = op.iadd(t, (3,))
print(t, u, u is t)
s = 'ab'
print(op.iconcat(s, 'cd'), s)
n = 10
for f, v in [(op.isub, 3), (op.imul, 4), (op.ifloordiv, 5), (op.imod, 4), (op.ilshift, 3), (op.irshift, 1), (op.ipow, 2)]:
    n = f(n, v)
    print(f.__name__, n)
st = {1, 2, 3}
op.iand(st, {2, 3, 4})
print(sorted(st))
op.ixor(st, {3, 5})
print(sorted(st))
op.isub(st, {5})
print(sorted(st))
