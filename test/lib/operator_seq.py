import operator as op

d = {'a': 1}
op.setitem(d, 'b', 2)
print(op.getitem(d, 'b'), d)
op.delitem(d, 'a')
print(d, op.contains(d, 'b'), op.contains([1, 2], 3))
l = [5, 6, 7, 6]
print(op.countOf(l, 6), op.indexOf(l, 7), op.getitem(l, slice(1, None)))
op.setitem(l, slice(0, 2), ['x'])
print(l)
try:
    op.indexOf(l, 99)
except ValueError as e:
    print('ValueError', e)
print(op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5) >= 0)
print(op.call(max, 1, 5, 2))


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + o.v)

    def __lt__(self, o):
        return self.v < o.v

    def __index__(self):
        return self.v


print(op.add(V(1), V(2)).v, op.lt(V(1), V(2)), op.index(V(4)))
print(sorted(['bb', 'a', 'ccc'], key=len), list(map(op.itemgetter(-1), ['ab', 'cd'])))
print(op.matmul.__name__, op.truth.__doc__)
