# Abstract base classes: abstract methods/properties, instantiation errors, register, __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod
import math


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    @property
    @abstractmethod
    def name(self): ...

    def describe(self):
        return f'{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}'


class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r
    @property
    def name(self): return 'circle'


class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
    @property
    def name(self): return 'rect'


class Unfinished(Shape):
    def area(self): return 0


for cls in (Shape, Unfinished):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)

shapes = [Circle(1), Rect(2, 3), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print(sorted(Shape.__abstractmethods__), Rect.__abstractmethods__, sorted(Unfinished.__abstractmethods__))
print(isinstance(Circle(2), Shape), type(Shape).__name__, isinstance(Shape, ABCMeta))


class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any('draw' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class Sprite:
    def draw(self): return 'sprite'


print(isinstance(Sprite(), Drawable), issubclass(int, Drawable))


class Number(ABC):
    pass


Number.register(int)
Number.register(float)


@Number.register
class Money:
    pass


print([isinstance(v, Number) for v in (1, 2.5, True, 'x', Money())], issubclass(bool, Number))


class Plugin(ABC):
    @abstractmethod
    def run(self):
        return 'base run'


class Echo(Plugin):
    def run(self):
        return 'echo + ' + super().run()


print(Echo().run())


class Factory(ABC):
    @staticmethod
    @abstractmethod
    def make(): ...

    @classmethod
    @abstractmethod
    def build(cls): ...


try:
    Factory()
except TypeError as e:
    print(e)
