import enum, dataclasses, functools, collections, typing, itertools, operator
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(repr(Color), Color.__members__, Color.RED.__reduce_ex__ if False else 0)
class P(enum.IntFlag):
    A = 1
    B = 2
    C = 4
print(repr(P.A | P.B), str(P.A | P.B), P(0), repr(P(0)), P(8), repr(P(9)), ~P.A, repr(~P.A), list(P.A | P.C), P.A | 8, format(P.A|P.B))
class F(enum.Flag):
    A = enum.auto()
    B = enum.auto()
    AB = A | B
print(repr(F.AB), F(3), repr(F(0)), [m for m in F], F.__members__.keys(), repr(~F.A), F.A in F.AB)
try:
    F(8)
except ValueError as e:
    print(e)
class S(enum.StrEnum):
    X = enum.auto()
    Y = 'why'
print(repr(S.X), str(S.X), S.X + '!', S('why'), f'{S.Y}', S.Y.upper())
class I(enum.IntEnum):
    ONE = 1
    TWO = 2
print(repr(I.ONE), str(I.ONE), f'{I.TWO}', I.ONE + 1, I(2), I.ONE < I.TWO, format(I.ONE, '03d'), int(I.TWO), hash(I.ONE) == hash(1))
try:
    I(3)
except ValueError as e:
    print(e)
try:
    Color['BLUE']
except KeyError as e:
    print(repr(e))
print(Color.RED.__class__.__mro__)
print(dir(Color.RED)[:5] if False else '')
class WithMethods(enum.Enum):
    A = (1, 'a')
    B = (2, 'b')
    def __init__(self, num, letter):
        self.num = num
        self.letter = letter
    @property
    def desc(self): return f'{self.num}{self.letter}'
print(WithMethods.A.num, WithMethods.B.desc, WithMethods((1, 'a')), repr(WithMethods.A))
@enum.unique
class U(enum.Enum):
    A = 1
try:
    @enum.unique
    class U2(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
print(Color(Color.RED), Color.RED.name, Color._member_names_, Color._value2member_map_)
e2 = enum.Enum('Dyn', 'A B C')
print(list(e2), repr(e2.B), e2.C.value)
e3 = enum.Enum('Dyn2', [('X', 10), ('Y', 20)])
print(list(e3))
e4 = enum.IntEnum('Dyn3', {'P': 5})
print(e4.P + 1, repr(e4.P))
class Ordered(enum.Enum):
    def __lt__(self, o): return self.value < o.value
    B = 2
    A = 1
print(sorted(Ordered), max(Ordered))
print(F.A | F.B == F.AB, F.AB.name, (F.A | F.B).name, bool(F(0)), len(F), len(F.AB))
