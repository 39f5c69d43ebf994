import copy
b = bytearray(b'xy')
c = copy.copy(b); d = copy.deepcopy([b, b])
b.append(33)
print(c, d, d[0] is d[1], type(c).__name__)
class BA(bytearray):
    pass
e = BA(b'q'); e.tag = 1
f = copy.deepcopy(e)
print(f, type(f).__name__, f.tag)
class BB(bytes):
    pass
g = BB(b'zz'); g.t = 2
print(g, g.t, vars(g), copy.copy(g), type(copy.deepcopy(g)).__name__)
try:
    b'x'.t = 1
except AttributeError as ex:
    print(ex)
try:
    bytearray(b'x').t = 1
except AttributeError as ex:
    print(ex)
class I(int): pass
class S(str): pass
class F(float): pass
class B(bytes): pass
for v in (I(5), S('ab'), F(2.5), B(b'q')):
    v.tag = 'x'
    c, d = copy.copy(v), copy.deepcopy(v)
    print(repr(c), type(c).__name__, c.tag, repr(d), d.tag)
