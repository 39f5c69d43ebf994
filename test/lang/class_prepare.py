class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            self.order.append(k)
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, bases, sorted(kw))
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kw):
        print('new', type(ns).__name__, ns.order)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls

class A(metaclass=Meta, flag=1):
    x = 1
    def f(self): return x
    y = x + 1
    z = [x for _ in range(2)] if False else 3
    del z

print(A.order, A.y, hasattr(A, 'z'))


class Recorder:
    """A mapping that is not a dict: the class body goes through __getitem__/__setitem__."""
    def __init__(self):
        self.data = {}
        self.log = []
    def __getitem__(self, k):
        self.log.append(('get', k))
        return self.data[k]
    def __setitem__(self, k, v):
        self.log.append(('set', k))
        self.data[k] = v
    def __delitem__(self, k):
        self.log.append(('del', k))
        del self.data[k]
    def __contains__(self, k):
        return k in self.data

class RMeta(type):
    def __prepare__(name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        print([e for e in ns.log if not e[1].startswith('__')])
        return super().__new__(mcls, name, bases, ns.data)

g = 10
class B(metaclass=RMeta):
    a = 1
    b = a + g
    c: int = 3
    del a
    def m(self): return 'm'

print(B.b, B.c, B.m(B()), hasattr(B, 'a'), B.__annotations__)

class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class X(metaclass=Bad): pass
except TypeError as e:
    print('TypeError', e)

class Plain(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class Y(metaclass=Plain):
    v = 1
print(type(Y).__name__, Y.v, type.__prepare__('Z', ()))


class AutoNS(dict):
    def __init__(self):
        super().__init__()
        self.n = 0
    def __missing__(self, k):
        raise KeyError(k)
    def __setitem__(self, k, v):
        if k.isupper():
            v = self.n
            self.n += 1
        super().__setitem__(k, v)

class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return AutoNS()
class Colors(metaclass=AutoMeta):
    RED = None
    GREEN = None
    BLUE = None
print(Colors.RED, Colors.GREEN, Colors.BLUE)
