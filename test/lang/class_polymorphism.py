# Polymorphism and duck typing with abstract-style base classes
import math
class Shape:
    def area(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Triangle(Shape):
    def __init__(self, a, b, c):
        self.sides = (a, b, c)
    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return math.sqrt(s * (s - a) * (s - b) * (s - c))
shapes = [Circle(1), Rect(2, 3), Square(2), Triangle(3, 4, 5), Circle(0.5)]
for sh in sorted(shapes):
    print(sh, isinstance(sh, Rect))
print(max(shapes), min(shapes))
print(sum(s.area() for s in shapes))
class Duck:
    def speak(self):
        return "quack"
class Robot:
    def speak(self):
        return "beep"
for thing in (Duck(), Robot(), "string"):
    print(getattr(thing, "speak", lambda: "silent")())
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print([type(s).__name__ for s in shapes if isinstance(s, (Circle, Triangle))])
