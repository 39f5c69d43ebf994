# Expected last stderr line: AttributeError: 'Point' object has no attribute 'z'
class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
p.x += 10
print(p.x)
del p.y
print(hasattr(p, 'y'), getattr(p, 'y', 'unset'))
p.y = 5
print(p.y, Point.x.__name__, type(Point.y).__name__)
p.z = 3
print('not reached')
