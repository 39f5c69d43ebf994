# TypeError messages for calls with wrong arguments, word for word.
def t(f):
    try:
        f()
    except TypeError as e:
        print(e)


def f2(a, b): pass
def fk(a, *, k): pass
def fd(a, b=1, *args, c, d=2, **kw): pass
def fpos(a, b, /, c): pass
def fkw2(*, x, y): pass
class K:
    def m(self, x): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a): pass
    def __init__(self, q=0): pass


t(lambda: f2(1, 2, 3)); t(lambda: f2(1)); t(lambda: f2()); t(lambda: f2(1, 2, b=3)); t(lambda: f2(1, 2, c=3))
t(lambda: fk(1, 2)); t(lambda: fk(1)); t(lambda: fd()); t(lambda: fd(1)); t(lambda: fd(1, c=1, a=2))
t(lambda: fpos(1, b=2, c=3)); t(lambda: fpos(1, 2)); t(lambda: fkw2()); t(lambda: fkw2(1, x=1, y=2)); t(lambda: fkw2(x=1))
t(lambda: K().m()); t(lambda: K().m(1, 2)); t(lambda: K.m(1)); t(lambda: K.s()); t(lambda: K.c(1, 2)); t(lambda: K(1, 2)); t(lambda: K(z=1))
t(lambda: (lambda: 0)(1)); t(lambda: (lambda x, y: 0)(1)); t(lambda: f2(*[1, 2, 3])); t(lambda: f2(1, **{'a': 2})); t(lambda: f2(**{1: 2}))
t(lambda: f2(*5)); t(lambda: len()); t(lambda: len(1, 2)); t(lambda: isinstance(1)); t(lambda: print(sep=1))
t(lambda: object(1)); t(lambda: int(x=1)); t(lambda: [].append()); t(lambda: {}.get()); t(lambda: 'a'.split(1, 2, 3)); t(lambda: divmod(1))
