import functools
from functools import partial, reduce
import operator


def power(base, exp, mod=None):
    r = base ** exp
    return r if mod is None else r % mod


square = partial(power, exp=2)
print(square(5), square(5, mod=7), square(base=3))
p = partial(power, 2)
print(p(10), p.args, p.keywords, p.func is power)
pp = partial(p, mod=1000)
print(pp(20), pp.args, pp.keywords, pp.func is power)
print(repr(partial(max, 1, key=abs)))
print(partial(int, base=2)('1011'))
print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(operator.mul, range(1, 6), 10))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 'init'))
print(reduce(operator.add, ['a'], ), reduce(operator.add, iter(['x', 'y', 'z'])))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
try:
    partial(5)
except TypeError as e:
    print('TypeError', e)
adders = [partial(operator.add, i) for i in range(3)]
print([f(10) for f in adders])
print(sorted(['b', 'C', 'a'], key=partial(str.lower)))
