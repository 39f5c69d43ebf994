from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
print(p._replace(y=5), p)
print(p._asdict(), Point._fields, Point._field_defaults)
print(Point._make([3, 4]), Point(y=7, x=8))
print(Point.__name__, Point.__doc__, Point.x.__doc__)
Color = namedtuple('Color', 'red green blue', defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults)
R = namedtuple('R', 'a, def, a, _b', rename=True)
print(R._fields, R(1, 2, 3, 4))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(list(p), tuple(p), p + (3,), p * 2)
print(p.count(1), p.index(2), 2 in p)
for kwargs in [{}, {'x': 1, 'y': 2, 'z': 3}]:
    try:
        Point(**kwargs)
    except TypeError as e:
        print('TypeError', e)
for args in [(1,), (1, 2, 3)]:
    try:
        Point(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    Point(1, x=2)
except TypeError as e:
    print('TypeError', e)
try:
    p.x = 10
except AttributeError as e:
    print('AttributeError', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
for bad in ['1a b', 'class x', '_a b', 'a a']:
    try:
        namedtuple('Bad', bad)
    except ValueError as e:
        print('ValueError', e)
