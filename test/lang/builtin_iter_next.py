# iter (incl. iter(callable, sentinel)) and next (with default)
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
s = iter("hey")
print(list(s), list(s))
d = iter({"a": 1, "b": 2})
print(next(d), next(d))
count = 0
def tick():
    global count
    count += 1
    return count
print(list(iter(tick, 5)))
vals = iter([3, 1, 4, 1, 5, 0, 9, 2])
print(list(iter(lambda: next(vals), 0)), list(vals))
lines = ["first", "second", "", "after blank"]
pos = iter(lines)
for line in iter(lambda: next(pos), ""):
    print("line:", line)
print(next(pos))
it2 = iter(range(3))
print(iter(it2) is it2)
r = iter(range(2))
print(next(r), next(r), next(r, "exhausted"))
class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def read(self):
        return self.chunks.pop(0) if self.chunks else b""
rd = Reader([b"ab", b"cd", b"e"])
print([c for c in iter(rd.read, b"")])
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
