# staticmethod and classmethod
class Point:
    created = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        type(self).created += 1
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @classmethod
    def from_tuple(cls, t):
        return cls(*t)
    @staticmethod
    def distance(a, b):
        return ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"

class Point3(Point):
    created = 0

p = Point.from_tuple((3, 4))
o = Point.origin()
print(p, o, Point.distance(p, o), p.distance(p, o))
q = Point3.origin()
print(q, type(q).__name__, Point.created, Point3.created)
print(Point.origin.__self__.__name__, p.origin())
class Util:
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def name(cls):
        return cls.__name__
    counter = 0
    @classmethod
    def bump(cls):
        cls.counter += 1
        return cls.counter
class SubUtil(Util):
    pass
print(Util.add(1, 2), Util().add(3, 4), Util.name(), SubUtil.name(), SubUtil().name())
print(Util.bump(), Util.bump(), SubUtil.bump(), Util.counter, SubUtil.counter)
print(type(Util.__dict__["add"]).__name__, type(Util.__dict__["name"]).__name__)
sm = staticmethod(lambda: "raw")
print(callable(Util.add), Util.__dict__["add"].__func__(5, 5))
