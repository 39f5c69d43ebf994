class P:
    cls_attr = 'c'
    def __init__(self):
        self.a = 1
p = P()
d = vars(p)
d['b'] = 2
p.c = 3
print(p.b, d, p.__dict__ is d, vars(p) is d)
del d['a']
print(hasattr(p, 'a'), sorted(p.__dict__))
del p.b
print(d, 'b' in d)
p.__dict__.update(x=10, y=20)
print(p.x, p.y, len(d), list(d.items()))
p.__dict__ = {'fresh': True}
print(p.fresh, hasattr(p, 'x'), vars(p))
q = P()
q.__dict__.clear()
print(vars(q), q.cls_attr)
class S:
    __slots__ = ('v',)
try:
    vars(S())
except TypeError as e:
    print('TypeError', e)
print(type(vars(P)).__name__ in ('dict', 'mappingproxy'), 'cls_attr' in vars(P))
class WithSetattr:
    def __setattr__(self, k, v):
        self.__dict__[k] = v * 2
w = WithSetattr()
w.n = 4
print(w.n, vars(w))
for k, v in vars(p).items():
    print(k, v)
