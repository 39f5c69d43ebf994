import asyncio
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique

class Status(StrEnum):
    ACTIVE = auto()
    PAUSED = auto()
    DONE = "finished"

class Prio(IntEnum):
    LOW = 1
    HIGH = 10
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

class Word(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    ALPHA = auto()
    BETA = auto()

class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = RED | GREEN | BLUE

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

async def main():
    await asyncio.sleep(0)
    print(list(Status), Status.ACTIVE, repr(Status.DONE), Status.ACTIVE == "active", f"{Status.PAUSED}", Status("finished"), Status.ACTIVE.upper())
    print(Prio("high"), Prio(10), repr(Prio.LOW), Prio.LOW < Prio.HIGH, Prio.HIGH * 2, f"{Prio.HIGH:>6}", f"{Prio.HIGH!r}", str(Prio.LOW), Prio.LOW.name)
    try:
        Prio(5)
    except ValueError as e:
        print(e)
    print(Planet.EARTH.value, round(Planet.EARTH.gravity, 2), Planet.MERCURY.mass, repr(Planet.EARTH))
    print(list(Word), Word.BETA.value)
    print(Color.RED | Color.BLUE, repr(Color.WHITE), Color.WHITE.value, list(Color), Color(3), repr(Color(0)), Color.RED in Color.WHITE, ~Color.RED, len(Color.WHITE), list(Color.WHITE))
    print(Perm.R | Perm.W, repr(Perm(7)), Perm(7) == 7, Perm.R + 1, repr(Perm(0)), Perm(6).name, repr(Perm(8 | 4)) if False else "", str(Perm.R | Perm.X), format(Perm.R | Perm.X))
    print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape.__members__.keys(), [m.name for m in Shape.__members__.values()], Shape(2) is Shape.SQUARE)
    try:
        @unique
        class Dup(Enum):
            A = 1
            B = 1
    except ValueError as e:
        print(e)
    Animal = Enum("Animal", "ANT BEE CAT")
    print(list(Animal), Animal.BEE.value, repr(Animal(3)), Animal.__name__)
    Num = IntEnum("Num", [("ONE", 1), ("TWO", 2)])
    print(list(Num), Num.TWO + 1)
    print(Shape.SQUARE.__class__.__name__, isinstance(Shape.SQUARE, Shape), type(Shape).__name__, Shape.SQUARE._value_, Shape["CIRCLE"])
    print(hash(Shape.SQUARE) == hash(Shape.SQUARE), {Shape.SQUARE: "sq"}[Shape.ALIAS_FOR_SQUARE], sorted(Prio), max(Prio))
    try:
        Shape.SQUARE.value = 5
    except AttributeError as e:
        print(e)
    try:
        class More(Shape):
            EXTRA = 9
    except TypeError as e:
        print(e)
    try:
        del Shape.SQUARE
    except AttributeError as e:
        print(e)
    print(Color.RED.name, (Color.RED | Color.GREEN).name, Color(0).name, Perm(3).name)
    class Mixed(Enum):
        A = 1
        B = "b"
        C = [1]
    print(list(Mixed), Mixed("b"), Mixed.C.value)
    print(enum.Enum.__members__ if False else "", Status.__members__["ACTIVE"], Status._member_names_)

asyncio.run(main())
