class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("meta new", name, sorted(k for k in ns if not k.startswith('__')))
        ns["made_by"] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a):
        print("meta call", cls.__name__, a)
        return super().__call__(*a)
class W(metaclass=Meta):
    def __init__(self, v=0): self.v = v
D = type('Dyn', (W,), {'q': 1})
print(type(D).__name__, D.made_by, D().q)
class Plain: pass
try:
    type('X', (W, int), {})
except TypeError as e:
    print(e)
class M2(type): pass
try:
    class Y(W, metaclass=M2): pass
except TypeError as e:
    print(e)
try:
    M2('Z', (W,), {})
except TypeError as e:
    print(e)
