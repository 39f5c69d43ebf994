import functools
print(repr(functools.partialmethod(max, 1)), repr(functools.partialmethod(max)), repr(functools.partialmethod(max, 1, 'a', key=abs, default=None)))
class P(functools.partialmethod): pass
print(repr(P(min, 2)))
class C:
    def m(self, a, b=0): return (a, b)
    pm = functools.partialmethod(m, 5, b=1)
print(C().pm(), C.pm.__class__.__name__, repr(C.__dict__['pm'])[:40])
c = C()
print(type(c.pm).__name__, c.pm.__self__ is c, C.pm(c), C.pm(c, 7) if False else '')
class D:
    mx = functools.partialmethod(max, 10)
    @classmethod
    def cm(cls, a, b): return (cls.__name__, a, b)
    pcm = functools.partialmethod(cm, 'A')
    sm = functools.partialmethod(staticmethod(lambda a, b: (a, b)), 'S')
d = D()
print(type(d.mx).__name__, d.mx(3) if False else '', D.pcm('B'), d.pcm('C'), type(D.pcm).__name__, d.sm('T'), D.sm('U'))
try:
    functools.partialmethod(5)
except TypeError as e:
    print(e)
