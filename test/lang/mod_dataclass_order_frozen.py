# dataclasses: order=True, frozen=True and the error on assignment (caught)
from dataclasses import dataclass, FrozenInstanceError, replace, field
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
vs = [Version(1, 2), Version(0, 9, 9), Version(1, 2, 1), Version(1), Version(2)]
print(sorted(vs))
print(Version(1, 2) < Version(1, 10), Version(2) >= Version(1, 99), max(vs))
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
tasks = [Task(3, "low"), Task(1, "urgent"), Task(2, "mid"), Task(1, "also urgent")]
print([t.name for t in sorted(tasks)])
print(Task(1, "a") == Task(1, "b"))
@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
c = Coord(59.9, 10.7)
print(c, hash(c) == hash(Coord(59.9, 10.7)))
try:
    c.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del c.lon
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(c, lat=0.0), c)
seen = {c, Coord(59.9, 10.7), Coord(0, 0)}
print(len(seen))
print(isinstance(FrozenInstanceError(), AttributeError))
@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident(1) != Ident(1))
