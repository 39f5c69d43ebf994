# property getter/setter/deleter, their names in error messages, property() without accessors, data vs non-data descriptors.
class P:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        """the x"""
        return self._x

    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError('neg')
        self._x = v

    @x.deleter
    def x(self):
        print('del x')
        self._x = None

    ro = property(lambda self: 'read-only')
    empty = property()


p = P()
p.x = 5
print(p.x, P.x.__doc__, type(P.x).__name__, P.x.fget.__name__, P.x.fset is not None)
del p.x
print(p.x)
for f in (lambda: setattr(p, 'x', -1), lambda: setattr(p, 'ro', 1), lambda: delattr(p, 'ro'), lambda: p.empty,
          lambda: setattr(p, 'empty', 1), lambda: P.ro.__set__(p, 2), lambda: P.ro.__get__(p), lambda: P.empty.__get__(p)):
    try:
        print(f())
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)


class Outer:
    class Inner:
        val = property(lambda self: 1)


try:
    Outer.Inner().val = 2
except AttributeError as e:
    print('AttributeError', e)


class Rev:
    def __set_name__(self, owner, name):
        self.key = '_' + name

    def __get__(self, obj, tp=None):
        return self if obj is None else getattr(obj, self.key, 'unset')

    def __set__(self, obj, v):
        setattr(obj, self.key, v * 2)

    def __delete__(self, obj):
        print('deleting', self.key)
        delattr(obj, self.key)


class U:
    r = Rev()


u = U()
print(u.r)
u.r = 5
print(u.r, vars(u))
u.__dict__['r'] = 'shadow'
print(u.r)
del u.r
print(u.r, type(U.r).__name__)


class NonData:
    def __get__(self, obj, tp=None):
        return 'nd'


class V:
    n = NonData()


v = V()
print(v.n)
v.n = 'inst'
print(v.n)
del v.n
print(v.n)
