# enum: Enum/IntEnum/Flag/IntFlag/StrEnum, auto, aliases, lookup errors, _missing_, str/repr/format.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color(2), Color['BLUE'], Color.RED.name, Color.RED.value)
print(f'{Color.RED}', format(Color.GREEN), str(Color.BLUE), f'{Color.RED!r}', '{:>10}|'.format(Color.RED))
try: Color(7)
except ValueError as e: print(e)
try: Color['PINK']
except KeyError as e: print('KE', e)
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED))
class Pri(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Pri.LOW, repr(Pri.MID), Pri.HIGH + 1, Pri.LOW < Pri.HIGH, f'{Pri.MID}', sorted([Pri.HIGH, Pri.LOW]), Pri(2), int(Pri.HIGH))
print(f'{Pri.MID:03d}', str(Pri.LOW), format(Pri.LOW, ''))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), list(rw) if hasattr(rw, '__iter__') else '')
print(~Perm.R, rw & Perm.W, rw ^ Perm.R, Perm(7))
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 4, repr(IP(8)), IP.A + 1)
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), S.B.upper(), S.A == 'a', f'{S.B}')
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def g(self): return 6.67e-11 * self.mass / self.radius ** 2
print(Planet.EARTH, round(Planet.EARTH.g, 2), Planet.MARS.value)
Animal = Enum('Animal', 'CAT DOG')
print(list(Animal), Animal.DOG.value, repr(Animal.CAT))
class Shape(Enum):
    SQ = 'sq'
    @classmethod
    def _missing_(cls, v):
        return cls.SQ if v == 'square' else None
print(Shape('square'))
try: Shape('x')
except ValueError as e: print(e)
try: Color.RED = 5
except AttributeError as e: print(e)
try: Color.RED.value = 5
except AttributeError as e: print(e)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.CRIMSON])
print(Color.RED == 1, Pri.LOW == 1)
class W(Enum):
    MON = 1
    def is_weekend(self): return False
print(W.MON.is_weekend(), W.MON._value_, W._member_names_)
print(Perm.__members__.keys())
