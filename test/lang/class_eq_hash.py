# __eq__ and __hash__: objects as dict keys
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a},{self.b})"
d = {Key(1, 2): "first"}
d[Key(1, 2)] = "overwritten"
d[Key(2, 1)] = "second"
print(len(d), d[Key(1, 2)], sorted(d.values()))
print(Key(1, 2) == Key(1, 2), Key(1, 2) != Key(1, 3), Key(1, 2) == (1, 2))
s = {Key(0, 0), Key(0, 0), Key(1, 1)}
print(len(s), Key(1, 1) in s)
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(EqOnly.__hash__ is None)
try:
    {EqOnly(1): 1}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, {p: 1}[p])
class Always:
    def __eq__(self, o):
        return True
print(Always() == 5, 5 == Always(), Always() != 5, [Always()].count(3), 3 in [Always()])
calls = []
class Loud:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        calls.append((self.n, o.n))
        return self.n == o.n
    __hash__ = lambda self: 7
print(Loud(1) in {Loud(2), Loud(1)}, len(calls) > 0)
print(Loud(3) == Loud(3), calls[-1])
