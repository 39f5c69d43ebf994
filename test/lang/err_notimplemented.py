# Ends with: NotImplementedError: Square must implement area
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
class Square(Shape):
    def __init__(self, s):
        self.s = s
for sh in [Circle(1), Circle(2.5), Square(3)]:
    print(sh.describe())
