from dataclasses import dataclass, field, fields, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p)
print(repr(Point(3)))
print(Point(x=5, y=6))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p == (1, 2))
print(p.x, p.y)
p.x = 10
print(p)
print(Point.y)
print([f.name for f in fields(Point)])
print([f.name for f in fields(p)])
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)
print(Point.__eq__.__name__)
print(Point.__hash__)
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)
print(Point.__match_args__)
print(Point.__doc__)


class Outer:
    @dataclass
    class Inner:
        a: str
        b: float = 1.5


print(Outer.Inner('q'))
print(Outer.Inner.__doc__)


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty))


@dataclass
class WithMethods:
    items: list = field(default_factory=list)
    name: str = 'w'

    def add(self, x):
        self.items.append(x)
        return self

    @property
    def count(self):
        return len(self.items)


w = WithMethods().add(1).add(2)
print(w, w.count)
print(WithMethods(), WithMethods().items is WithMethods().items)
