# Class hierarchy: ABC, abstractmethod, super chains, MRO, __init_subclass__, descriptors, slots
from abc import ABC, abstractmethod
import math


class Positive:
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.name} must be a number, not {type(value).__name__}")
        if value <= 0:
            raise ValueError(f"{self.name} must be > 0, got {value!r}")
        setattr(obj, self.private, value)

    def __repr__(self):
        return f"<Positive {self.name}>"


class Shape(ABC):
    registry = {}

    def __init_subclass__(cls, /, code=None, **kw):
        super().__init_subclass__(**kw)
        if code is not None:
            Shape.registry[code] = cls

    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f"{type(self).__name__} area={self.area():.3f} perim={self.perimeter():.3f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape, code="c"):
    r = Positive()

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def __repr__(self):
        return f"Circle({self.r})"


class Rect(Shape, code="r"):
    w = Positive()
    h = Positive()

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def __repr__(self):
        return f"{type(self).__name__}({self.w}, {self.h})"


class Square(Rect, code="s"):
    def __init__(self, side):
        super().__init__(side, side)

    def __repr__(self):
        return f"Square({self.w})"


class Half(Shape):
    def area(self):
        return 1


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


# cooperative multiple inheritance
class Base:
    def __init__(self, **kw):
        print("Base.__init__ leftover", sorted(kw))

    def hello(self):
        return ["Base"]


class A(Base):
    def __init__(self, a=0, **kw):
        print("A.__init__", a)
        super().__init__(**kw)

    def hello(self):
        return ["A"] + super().hello()


class B(Base):
    def __init__(self, b=0, **kw):
        print("B.__init__", b)
        super().__init__(**kw)

    def hello(self):
        return ["B"] + super().hello()


class C(A, B):
    def __init__(self, **kw):
        print("C.__init__")
        super().__init__(**kw)

    def hello(self):
        return ["C"] + super().hello()


shapes = [Shape.registry[k](*a) for k, a in [("c", (1,)), ("r", (2, 3)), ("s", (2.5,)), ("c", (0.5,))]]
for s in sorted(shapes):
    print(s, "->", s.describe())
print(sorted(Shape.registry))
for bad in [lambda: Shape(), lambda: Half(), lambda: Circle(-1), lambda: Rect(1, "2"), lambda: Square(0)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(Rect.w, Circle.__dict__["r"].name, vars(Square(3)))
p = Point(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(p, hasattr(p, "__dict__"), Point.__slots__)
c = C(a=1, b=2, extra=3)
print(c.hello())
print([k.__name__ for k in C.__mro__])
print(C.mro() == list(C.__mro__), issubclass(C, Base), isinstance(c, B))
print(Square.__mro__[1:3], Square.__bases__, Shape.__abstractmethods__ == frozenset({"area", "perimeter"}))
print(Half.__abstractmethods__)
try:
    class Bad(A, C):
        pass
except TypeError as e:
    print("TypeError:", e)
