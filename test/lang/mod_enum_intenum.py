# enum: IntEnum, Flag basics, comparisons and arithmetic
from enum import IntEnum, Enum, auto
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 5, Priority.HIGH + 1, Priority.LOW * 3)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(int(Priority.MEDIUM), Priority(10), Priority(10).name, max(Priority))
print([p.name for p in Priority if p >= 5])
print(isinstance(Priority.LOW, int), str(Priority.LOW), repr(Priority.LOW), format(Priority.HIGH, "d"))
tasks = [("write", Priority.MEDIUM), ("fix", Priority.HIGH), ("nap", Priority.LOW)]
for name, pr in sorted(tasks, key=lambda t: t[1], reverse=True):
    print(f"{pr.name:<7}{pr.value:>3}  {name}")
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 3)
for p in Planet:
    print(p.name, p.value, p.gravity)
class Step(Enum):
    A = auto()
    B = auto()
    @classmethod
    def first(cls):
        return next(iter(cls))
print(Step.first(), Step.B.value)
try:
    Priority(7)
except ValueError as e:
    print("ValueError:", e)
