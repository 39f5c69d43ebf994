# functools.partial and reduce
add_ = lambda a, b: a + b
mul_ = lambda a, b: a * b
from functools import partial, reduce
def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square(7, mod=10))
two_to = partial(power, 2)
print([two_to(e) for e in range(8)])
print(square.func.__name__, square.args, square.keywords, two_to.args)
int_base2 = partial(int, base=2)
print(int_base2("1011"), int_base2("111"))
p2 = partial(partial(power, 3), 4)
print(p2(), p2.args)
print(reduce(add_, [1, 2, 3, 4]), reduce(mul_, range(1, 8)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2, 7]), reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
print(reduce(add_, [], 0), reduce(add_, ["x"]))
try:
    reduce(add_, [])
except TypeError as e:
    print("TypeError:", e)
trace = []
def f(a, b):
    trace.append((a, b))
    return a - b
print(reduce(f, [10, 1, 2, 3]), trace)
compose = lambda *fs: reduce(lambda g, h: lambda x: h(g(x)), fs)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(pipeline("  Hello World  "))
