import enum
class C(enum.Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1
    @classmethod
    def _missing_(cls, v):
        if isinstance(v, str): return cls[v.upper()]
        return None
print(C('red'), C(1), list(C), C.ALIAS, C.__members__['ALIAS'], len(C.__members__))
try:
    C(7)
except ValueError as e:
    print(e)
class I(enum.IntEnum):
    A = 1
    B = 2
print(f'{I.A}', f'{I.A:>5}', f'{I.A:d}', format(I.B, '05'), '%s %d %r' % (I.A, I.A, I.A), str(I.A), I.A + I.B, I.B * 2, [I.A] * 2, I.A == 1.0)
class S(str, enum.Enum):
    X = 'x'
print(f'{S.X}', str(S.X), repr(S.X), S.X == 'x', format(S.X, '>3'), S.X.value, S.X.upper())
class F(enum.Flag):
    A = 1
    B = 2
    C = 4
print(F.A | F.B | F.C, repr(F(7)), F(6).name, list(F(7)), F.A ^ F.B, ~(F.A | F.B), F(0).name, repr(~F(0)))
class K(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(K.R | K.W, repr(K(7)), K(7) == 7, K.R | 8, repr(K.R | 8), K(0), repr(K(0)), str(K.R | K.X), K.R + 1, format(K.R | K.W), f'{K.W:b}')
class B(enum.Flag, boundary=enum.STRICT):
    A = 1
    B = 2
try:
    B(4)
except ValueError as e:
    print(e)
class Kp(enum.Flag, boundary=enum.KEEP):
    A = 1
print(repr(Kp(5)), Kp(5).value)
class Ej(enum.Flag, boundary=enum.EJECT):
    A = 1
print(repr(Ej(5)), type(Ej(5)).__name__)
class G(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    P = enum.auto()
    Q = enum.auto()
print(list(G), G.P.value)
class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.gravity, Planet.MERCURY.value, Planet((5.976e+24, 6.37814e6)))
class Ord(enum.IntEnum):
    Z = 0
print(bool(Ord.Z), bool(C.RED), sorted([I.B, I.A]), max(I), I(2) is I.B, I['A'], getattr(I, 'B'), isinstance(I.A, I), I.A in I, 1 in I if False else '')
try:
    class Bad(enum.Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
try:
    class Ext(C): pass
except TypeError as e:
    print(e)
try:
    C.RED.value = 5
except AttributeError as e:
    print(e)
try:
    del C.RED
except AttributeError as e:
    print(e)
print(C.RED.__class__, type(C), C.__name__, C.RED.__hash__() == hash(C.RED), dir(C.RED)[:3] if False else '')
class WithVals(enum.Enum):
    A = 'a'
    B = 'b'
    def __str__(self): return f'WV<{self.value}>'
print(str(WithVals.A), f'{WithVals.B}', repr(WithVals.A), format(WithVals.A))
print(enum.Enum('Anim', 'CAT DOG', start=10).DOG.value, list(enum.IntFlag('Perm', 'R W X')), enum.StrEnum('SE', ['a', 'B']).B.value)
print(C.RED.name, C['GREEN'].value, [m.value for m in C], C.__members__.keys())
print(enum.Flag.__members__ if False else '', I.A.real, I.B.bit_length(), hex(K.R), I.A.__index__())
