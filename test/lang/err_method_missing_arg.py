# Ends with: TypeError: Rect.scale() missing 1 required positional argument: 'factor'
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def scale(self, factor):
        return Rect(self.w * factor, self.h * factor)
r = Rect(2, 3)
print(r.area(), r.scale(2).area())
print(Rect.area(r), Rect.scale(r, 3).area())
print(r.scale())
