# __slots__: member descriptors, no __dict__, AttributeError wording, inheritance, mangling.
class C:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
c = C()
print(c.x)
print(type(C.x).__name__, C.x)
print(hasattr(c, '__dict__'))
try:
    c.y
except AttributeError as e:
    print('AE', e)
try:
    c.z = 3
except AttributeError as e:
    print('AE', e)
try:
    print(c.__dict__)
except AttributeError as e:
    print('AE', e)
c.y = 5
print(c.y)
del c.y
try:
    del c.y
except AttributeError as e:
    print('AE', e)
class D(C):
    pass
d = D()
d.z = 4
print(d.z, d.__dict__)
class E(C):
    __slots__ = 'w'
e = E()
e.w = 1; e.x = 2
print(e.w, e.x)
try:
    e.q = 1
except AttributeError as ex:
    print('AE', ex)
class F:
    __slots__ = ['a', '__dict__']
f = F()
f.a = 1; f.b = 2
print(f.a, f.b, f.__dict__)
print(C.__slots__, E.__slots__)
print(sorted(k for k in C.__dict__ if not k.startswith('__')))
print('x' in C.__dict__, C.__dict__['x'].__name__)
print(C.x.__get__(c), C.x.__get__(None, C) is C.x)
C.x.__set__(c, 9); print(c.x)
C.x.__delete__(c)
try:
    print(c.x)
except AttributeError as ex:
    print('AE', ex)
class G:
    __slots__ = ()
try:
    G().a = 1
except AttributeError as ex:
    print('AE', ex)
class H:
    __slots__ = ('v',)
    v2 = property(lambda self: self.v * 2)
h = H(); h.v = 21; print(h.v2)
try:
    h.v2 = 1
except AttributeError as ex:
    print('AE', ex)
try:
    class Bad:
        __slots__ = ('a',)
        a = 1
except ValueError as ex:
    print('VE', ex)
print(getattr(c, 'x', 'dflt'))
print(vars(f))
try:
    vars(c)
except TypeError as ex:
    print('TE', ex)
class P:
    __slots__ = ('__secret', 'pub')
    def __init__(self):
        self.__secret = 's'
        self.pub = 'p'
    def reveal(self):
        return self.__secret
p = P()
print(p.reveal(), p._P__secret, sorted(k for k in P.__dict__ if 'secret' in k or k == 'pub'))
print(sorted(a for a in dir(p) if not a.startswith('__')))
class Q(P):
    __slots__ = ('extra',)
q = Q(); q.extra = 1
print(q.extra, q.pub, hasattr(q, '__dict__'))
try:
    q.other = 1
except AttributeError as ex:
    print('AE', ex)
class S:
    __slots__ = 'one'
print(S.__slots__, type(S.one).__name__)
class WithInit:
    __slots__ = ('a', 'b')
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __repr__(self):
        return f'WithInit({self.a!r}, {self.b!r})'
    def __eq__(self, other):
        return (self.a, self.b) == (other.a, other.b)
print(WithInit(1, 'x'), WithInit(1, 2) == WithInit(1, 2))
try:
    object().attr = 1
except AttributeError as ex:
    print('AE', ex)
try:
    class T:
        __slots__ = ('ok', 1)
except TypeError as ex:
    print('TE', ex)
try:
    class U:
        __slots__ = ('not valid',)
except TypeError as ex:
    print('TE', ex)
try:
    class V(D):
        __slots__ = ('__dict__',)
except TypeError as ex:
    print('TE', ex)
try:
    C.x.__get__(42)
except TypeError as ex:
    print('TE', ex)
print(repr(C.x), C.x.__name__, C.x.__objclass__.__name__)
