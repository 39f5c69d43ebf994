# Rich comparisons and functools.total_ordering
import functools
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b, max(vs), min(vs))
class Money:
    def __init__(self, c):
        self.c = c
    loud = True
    def __lt__(self, o):
        if Money.loud:
            print(f"  lt({self.c},{o.c})")
        return self.c < o.c
    def __gt__(self, o):
        print(f"  gt({self.c},{o.c})")
        return self.c > o.c
    def __le__(self, o):
        return self.c <= o.c
    def __ge__(self, o):
        return self.c >= o.c
    def __repr__(self):
        return f"${self.c}"
print(Money(1) < Money(2))
print(Money(1) > Money(2))
Money.loud = False
print(sorted([Money(3), Money(1), Money(2)]))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(5) > OnlyLt(3), OnlyLt(1) > OnlyLt(3))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
class NoCmp:
    pass
try:
    NoCmp() < NoCmp()
except TypeError as e:
    print("TypeError:", e)
