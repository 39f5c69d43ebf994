# enum: Enum, auto, iteration, name/value, lookup by value and name
from enum import Enum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color))
print(Color(2), Color["BLUE"], Color(3) is Color.BLUE)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is not Color.GREEN)
print(isinstance(Color.RED, Color), type(Color.GREEN).__name__)
for c in Color:
    print(f"{c.name:>6} = {c.value}")
class Dir(Enum):
    NORTH = auto()
    EAST = auto()
    SOUTH = auto()
    WEST = auto()
    def turn_right(self):
        members = list(Dir)
        return members[(members.index(self) + 1) % len(members)]
print([d.value for d in Dir], Dir.WEST.turn_right(), Dir.NORTH.turn_right().turn_right())
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    ALIAS = "active"
print(list(Status), Status.ALIAS is Status.ACTIVE, Status("inactive"))
print({Color.RED: "r", Color.BLUE: "b"}[Color.BLUE])
print(Color.__members__.keys() if False else [m for m in Color.__members__])
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
