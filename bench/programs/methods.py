class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def dot(self, other):
        return self.x * other.x + self.y * other.y
v = Vec(0, 0)
step = Vec(1, 2)
acc = 0
for i in range(3000000):
    v = v.add(step)
    acc += v.dot(step)
print(v.x, v.y, acc)
