# Ends with: TypeError: unsupported operand type(s) for *: 'Vec' and 'Vec'
class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(*(a * k for a in self.c))
    def __repr__(self):
        return f"Vec{self.c}"
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v * 3, w * 0.5)
print(v + w + Vec(10, 10))
for k in (2, -1, 0.25):
    print(k, v * k)
print(v * w)
