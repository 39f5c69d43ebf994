import enum, dataclasses as dc

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        res = '-> ' + repr(r)
    except Exception as e:
        res = '!! ' + type(e).__name__ + ': ' + str(e)
    print(label, res)

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
print(list(Color), Color.ALIAS is Color.RED, Color(2), Color['BLUE'], Color.RED.name, Color.RED.value, len(Color), Color.__members__.keys())
show('lookup', Color, 9); show('lookup', Color.__getitem__, 'PINK'); show('cmp', lambda: Color.RED < Color.BLUE); show('hash', lambda: hash(Color.RED) == hash(Color.RED))
print(repr(Color.RED), str(Color.RED), format(Color.RED), f'{Color.RED}', Color.RED in Color, 1 in Color.__members__.values())
class P(enum.IntEnum):
    A = 1
    B = 2
print(P.A + 1, P.A < P.B, repr(P.A), str(P.A), format(P.A), f'{P.B:>4}', P(2), P.A == 1, int(P.B), sorted([P.B, P.A]))
class S(enum.StrEnum):
    X = enum.auto()
    Y = 'why'
print(S.X, repr(S.X), S.Y.upper(), S.X == 'x', list(S))
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm(7), Perm(0), ~Perm.R, Perm.R in (Perm.R | Perm.X), list(Perm.R | Perm.X), Perm(8) if False else '', bool(Perm(0)))
class F(enum.Flag):
    A = enum.auto()
    B = enum.auto()
    C = enum.auto()
    AB = A | B
print(F.A | F.C, repr(F.AB), list(F), F(3), ~F.A, F.A & F.B, repr(F(0)), F.AB.name, (F.A | F.C).name)
show('flag', F, 8)
class Auto(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ONE = enum.auto()
    TWO = enum.auto()
print(list(Auto), Auto.ONE.value)
def mk_dup():
    @enum.unique
    class E(enum.Enum):
        A = 1
        B = 1
show('unique', mk_dup)
Animal = enum.Enum('Animal', 'ANT BEE CAT'); print(list(Animal), Animal.BEE.value, Enum2 := enum.Enum('E2', [('a', 5), ('b', 6)]), list(Enum2))
class WithMethods(enum.Enum):
    A = 1
    @property
    def double(self): return self.value * 2
    @classmethod
    def first(cls): return next(iter(cls))
print(WithMethods.A.double, WithMethods.first(), WithMethods.A.__class__.__name__, type(WithMethods).__name__)
show('reassign', setattr, Color, 'RED', 5); show('del', delattr, Color, 'RED')
def mk_ext():
    class E3(Color):
        Z = 9
show('extend', mk_ext)
class Missing(enum.Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(Missing(99), Missing._missing_(5))
@dc.dataclass(order=True, frozen=True)
class Pt:
    x: int
    y: int = 0
    tags: list = dc.field(default_factory=list, compare=False, repr=False)
p = Pt(1, 2); print(p, p < Pt(1, 3), hash(p) == hash(Pt(1, 2)), dc.astuple(p), dc.asdict(p), dc.replace(p, y=5), dc.fields(p)[0].name, dc.is_dataclass(p))
show('frozen', setattr, p, 'x', 9); show('init', Pt); show('init', Pt, 1, 2, [], 4); show('replace', dc.replace, p, z=1)
show('mutable default', lambda: dc.dataclass(type('Bad', (), {'__annotations__': {'a': list}, 'a': []})))
@dc.dataclass
class K:
    a: int
    b: int = dc.field(default=3, kw_only=True)
    c: dc.InitVar[int] = 0
    d: int = dc.field(init=False, default=7)
    def __post_init__(self, c): self.d = c * 10
print(K(1, b=2, c=3), K(1), dc.fields(K)[1].kw_only, [f.name for f in dc.fields(K)])
show('K', K, 1, 2)
@dc.dataclass(slots=True, kw_only=True)
class Sl:
    a: int
    b: str = 'x'
print(Sl(a=1), Sl.__slots__, hasattr(Sl(a=1), '__dict__'))
print(dc.make_dataclass('MD', ['x', ('y', int, dc.field(default=2))])(1), type(dc.MISSING).__name__, repr(dc.field(default=1))[:30])
@dc.dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), repr(NE(1)), dc.FrozenInstanceError.__mro__[1].__name__)
