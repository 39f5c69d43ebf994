# Subclasses of list and dict: overridden protocol methods are used by iteration, unpacking, membership, indexing.
class L(list):
    def __iter__(self):
        yield 'x'
    def __contains__(self, v):
        return v == 'magic'
    def __getitem__(self, i):
        return ('item', i)
class D(dict):
    def __missing__(self, k):
        return k * 2
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
    def __iter__(self):
        return iter(['only'])
l = L([1, 2])
print([v for v in l], list(l), 'magic' in l, 1 in l, l[0], sorted(l), tuple(l), sum(1 for _ in l))
print(*l, max(l), len(l), l == [1, 2])
d = D(a=1)
d['b'] = 5
print(d['zz'], d['b'], list(d), dict(d), [k for k in d], len(d), {**d})
for k in d:
    print('iter', k)
x, = L([9])
print(x)
