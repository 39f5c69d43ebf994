import asyncio
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

class Mode(IntFlag):
    A = 1
    B = 2
    C = 4

class Shape(str, Enum):
    SQ = "square"
    CI = "circle"

async def main():
    await asyncio.sleep(0)
    print(list(Color), Color.CRIMSON, Color.CRIMSON is Color.RED)
    print(repr(Color.RED), str(Color.RED), f"{Color.RED}", format(Color.RED, ">10"))
    print(Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
    print(Color.__members__.keys())
    print(repr(Level.MID), str(Level.MID), f"{Level.MID}", Level.MID + 1, Level.HIGH > Level.LOW)
    print(format(Level.HIGH, "05d"), "%d %s" % (Level.LOW, Level.LOW))
    print(Perm.R | Perm.W, Perm.RW, repr(Perm.R | Perm.X), Perm.W in Perm.RW, bool(Perm(0)))
    print(list(Perm), Perm(7), repr(Perm(0)))
    print(Mode.A | Mode.C, repr(Mode.A | Mode.C), str(Mode(3)), Mode(5) & 4, format(Mode.B))
    print(Shape.SQ, repr(Shape.SQ), f"{Shape.SQ}", Shape.SQ == "square", Shape("circle"))
    print(sorted([Level.HIGH, Level.LOW, 2]))
    print({Color.RED: 1}[Color.CRIMSON])
    try:
        Color(7)
    except ValueError as e:
        print(e)
    try:
        Color["PINK"]
    except KeyError as e:
        print(repr(e))
    print(len(Color), Color.RED in Color)
    print(enum.unique.__name__)
    try:
        @enum.unique
        class Dup(Enum):
            A = 1
            B = 1
    except ValueError as e:
        print(e)
    print(~Perm.R, ~Mode.A)

asyncio.run(main())
