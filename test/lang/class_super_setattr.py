class M(type):
    def __setattr__(cls, k, v):
        print('meta set', k)
        super().__setattr__(k, v)
    def __init__(cls, name, bases, ns):
        super().__setattr__('tag', name.lower())
        super().__init__(name, bases, ns)
class C(metaclass=M):
    def __setattr__(self, k, v):
        print('set', k)
        super().__setattr__(k, v)
    def __delattr__(self, k):
        print('del', k)
        super().__delattr__(k)
C.a = 1
c = C()
c.b = 2
super(C, c).__setattr__('q', 5)
print(C.a, C.tag, c.b, c.q)
del c.b
print(hasattr(c, 'b'))
print(super(C, c).__getattribute__('q'))
class D:
    __slots__ = ()
class E(D):
    def __init__(self):
        super().__setattr__('x', 1)
        super(E, self).__setattr__('y', 2)
        object.__setattr__(self, 'z', 3)
e = E()
print(e.x, e.y, e.z)
class F(dict):
    def __setattr__(self, k, v):
        super().__setattr__(k, v * 2)
f = F(); f.a = 2; print(f.a)
class G(Exception):
    def __init__(self):
        super().__setattr__('k', 1)
print(G().k)
