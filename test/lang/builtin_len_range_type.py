# len, range, type in combination
items = ["a", "bb", [1, 2, 3], (4,), {"k": 1, "j": 2}, {7, 8, 9, 10}, "", range(0, 100, 7), b"bytes"]
for it in items:
    print(type(it).__name__, len(it))
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Sized(5)), len(Sized(0)))
try:
    len(Sized(-1))
except ValueError as e:
    print("ValueError:", e)
for n in range(3, 0, -1):
    print("countdown", n)
print([len(range(a, b)) for a, b in [(0, 5), (5, 0), (-3, 3), (2, 2)]])
class T:
    x = 5
t = T()
print(type(t).__name__, t.x, type(t)().x, type(type(t)).__name__)
print(len("héllo"), len("héllo".encode()), len("\U0001F600"))
