# all()/any() over a generator expression: short-circuit, scoping, shadowed builtins, class bodies.
xs = [1, 2, 3, 0, 5]
print(all(x for x in xs), any(x > 4 for x in xs), all(x > 0 for x in xs if x), any(y for x in [[0], [0, 7]] for y in x))
seen = []
def chk(x):
    seen.append(x)
    return x < 3
print(all(chk(x) for x in xs), seen)
seen.clear()
print(any(not chk(x) for x in xs), seen)
x = 'outer'
print(all(x for x in []), any(x for x in []), x)
def f(n):
    k = 2
    return all(i % k == 0 for i in range(0, n, k)), any(i == n - 1 for i in range(n))
print(f(6))
all = lambda g: 'shadowed ' + str(list(g))
print(all(x for x in 'ab'))
del all
print(all(x for x in 'ab'))
class C:
    ys = [1, 2]
    ok = all(y for y in ys)
print(C.ok)
try:
    any(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print('err', e)
