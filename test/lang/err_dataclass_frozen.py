# Ends with: dataclasses.FrozenInstanceError: cannot assign to field 'x'
from dataclasses import dataclass, replace
@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, p.x, p.y, hash(p) == hash(Point(1, 2)))
q = replace(p, x=10)
print(q, p)
print({p: "stored"}[Point(1, 2)])
p.x = 5
