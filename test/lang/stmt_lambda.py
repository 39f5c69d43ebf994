# Lambdas
sq = lambda x: x * x
add = lambda a, b=10: a + b
varargs = lambda *a, **k: (a, sorted(k.items()))
print(sq(9), add(1), add(1, 2))
print(varargs(1, 2, z=3, y=4))
print((lambda: "no args")())
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4))
print(sq.__name__, (lambda: 0).__name__)
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda n: n if n < 2 else n * 2)(5))
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(12)])
print((lambda *args: sum(args))(*range(5)))
