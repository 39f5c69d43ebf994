class C:
    def f(self, __a, b=1, *, __k=2):
        return __a, __k
    def g(self):
        return self.f(1)
    def h(self, **kw):
        return kw
    def i(self):
        return self.h(__z=1), dict(__q=2)
    import math as __m
    def j(self):
        return self.__m.pi > 3
    def k(self):
        try:
            raise ValueError
        except ValueError as __e:
            return type(__e).__name__
    class __Inner:
        __v = 1
    def l(self):
        return self.__Inner._Inner__v
print(C.f.__code__.co_varnames, C().g(), C().i(), C().j(), C().k(), C().l())
print(sorted(k for k in C.__dict__ if not k.startswith('__')))
print(C.__qualname__, C._C__Inner.__name__, C._C__Inner.__qualname__)
print(C.f.__name__, C.f.__qualname__)
class __D:
    __x = 1
print(sorted(k for k in __D.__dict__ if 'x' in k))
class ___:
    __y = 1
print(sorted(k for k in ___.__dict__ if 'y' in k))
def outer():
    __local = 1
    class E:
        def m(self):
            return __local
    return E().m()
try:
    print(outer())
except NameError as e:
    print('NameError', e)
class F:
    def m(self):
        return [self.__a for _ in range(1)], (lambda: self.__b)()
    __a = 1
    __b = 2
print(F().m())
print(getattr(F, '_F__a'), hasattr(F, '__a'))
class C:
    __x = 1
    def __init__(self):
        self.__y = 2
        self.__z__ = 3
    def get(self):
        return self.__x, self.__y, C.__x, self.__z__
    def __priv(self): return 'p'
    def call(self): return self.__priv()
c = C()
print(c.get(), c.call(), sorted(k for k in vars(c)), '_C__x' in C.__dict__)
print(getattr(c, '_C__y'))
class _D:
    __a = 5
    def f(self): return self.__a
print(_D().f(), hasattr(_D, '_D__a'))
class E(C):
    def h(self):
        try:
            return self.__y
        except AttributeError as e:
            return str(e)
print(E().h())
def outer():
    class K:
        def m(self):
            __v = 3
            return __v
    return K().m()
print(outer())
class G:
    __count = 0
    def bump(self):
        G.__count += 1
        global __gl
        __gl = 'global set'
        return G.__count
g = G(); g.bump(); print(g.bump(), G._G__count, _G__gl)
class H:
    def __init__(self):
        self.__secret = 's'
    def __repr__(self):
        return f'H({self.__secret!r}, {[self.__secret for i in range(2)]})'
print(H(), vars(H()))
