# Ends with: TypeError: Point.__init__() takes 3 positional arguments but 4 were given
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
pts = [Point(0, 0), Point(1, 2), Point(y=5, x=3)]
print(pts)
coords = [(1, 1), (2, 2), (3, 3, 3)]
for c in coords:
    print(Point(*c))
