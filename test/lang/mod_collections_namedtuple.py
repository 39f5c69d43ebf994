# collections.namedtuple with _replace / _asdict / _fields / _make
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4))
print(p._replace(x=10), p)
print(p._asdict(), Point._fields)
print(Point._make([7, 8]), Point(y=2, x=1))
x, y = p
print(x + y, sum(p), max(p))
Person = namedtuple("Person", "name age city", defaults=["Nowhere"])
ann = Person("Ann", 30)
print(ann, ann.city, Person._field_defaults)
people = [Person("Bob", 25, "Oslo"), ann, Person("Cy", 35, "Rome")]
print(sorted(people, key=lambda pp: pp.age))
print([pp.name for pp in people if pp.age > 26])
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(p, tuple), type(p).__name__, repr(Point(-1, 0.5)))
print(dict(zip(Point._fields, p)), Point(*range(2)))
