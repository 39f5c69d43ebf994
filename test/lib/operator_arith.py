import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(-7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3.5))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.inv(5), op.invert(0))
print(op.lshift(1, 4), op.rshift(256, 3), op.not_(0), op.truth([]), op.truth([0]))
print(op.eq(1, 1.0), op.ne('a', 'b'), op.lt(1, 2), op.le(2, 2), op.gt('b', 'a'), op.ge(1, 2))
print(op.is_(None, None), op.is_not(1, None), op.concat([1], [2]), op.concat('ab', 'cd'))
print(op.index(7), op.index(True))
try:
    op.index(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    op.truediv(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    op.concat(1, 2)
except TypeError as e:
    print('TypeError', e)
l = [1]
print(op.iadd(l, [2]), l, op.iadd(1, 2), op.imul('ab', 2), op.isub(5, 3))
s = {1, 2}
op.ior(s, {3})
print(sorted(s), op.iand(6, 3), op.ixor(6, 3), op.ifloordiv(9, 2), op.itruediv(9, 2), op.imod(9, 4), op.ipow(3, 3))
print(op.__add__(1, 2), op.__mul__('x', 3))
from functools import reduce
print(reduce(op.mul, range(1, 8)), reduce(op.or_, [1, 2, 4, 8]))
print(sorted([3, 1, 2], key=op.neg), list(map(op.sub, [10, 20], [1, 2])))
