from typing import NamedTuple, List

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm1(self):
        return abs(self.x) + abs(self.y)
    @property
    def swapped(self):
        return Point(self.y, self.x)
    def __str__(self):
        return f'<{self.x},{self.y}>'

p = Point(3, -4)
print(p, repr(p), p.norm1(), p.swapped, Point(1), Point._fields, Point._field_defaults)
print(isinstance(p, tuple), p == (3, -4), p[0], list(p), Point.__annotations__, type(p).__name__)
print(p._replace(y=9), p._asdict(), Point._make([7, 8]))
x, y = p
print(x, y, hash(p) == hash((3, -4)), sorted([Point(2, 1), Point(1, 5)]))

Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp._fields)
Kw = NamedTuple('Kw', a=int, b=str)
print(Kw(1, 'z'))

try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(NamedTuple):
        a: int
        def _asdict(self): return {}
except AttributeError as e:
    print('AttributeError', e)

class Base:
    pass
class Entry(NamedTuple):
    key: str
    tags: List[str] = []
e = Entry('k')
print(e, e.tags is Entry('j').tags)
