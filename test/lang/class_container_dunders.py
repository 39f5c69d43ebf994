# __len__, __contains__, __getitem__, __setitem__, __delitem__, __bool__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return len(self.cells)
    def __bool__(self):
        return bool(self.cells)
    def __contains__(self, pos):
        return pos in self.cells
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{pos} out of bounds")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        print("set", pos, v)
        self.cells[pos] = v
    def __delitem__(self, pos):
        print("del", pos)
        del self.cells[pos]
    def render(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))
g = Grid(4, 3)
print(len(g), bool(g), "empty" if not g else "full")
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "*"
print(len(g), bool(g), (0, 0) in g, (2, 2) in g)
print(g.render())
del g[1, 1]
print(g.render())
try:
    g[9, 9]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[2, 2]
except KeyError as e:
    print("KeyError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 7 in Seq())
for v in Seq():
    print("iter via getitem", v)
class LenOnly:
    def __len__(self):
        return 0
print(bool(LenOnly()), not LenOnly())
