# Assigning __class__: between Python classes of the same layout only.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("y",)
class L1(list): pass
class L2(list):
    def who(self): return "L2"
a = A()
a.v = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.v, isinstance(a, B))
for obj, cls in [(A(), S1), (S1(), S2), (L1(), L2), (L1(), A), (1, A), (A(), int), (A(), 3), ([], L1)]:
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__, obj.who() if hasattr(obj, "who") else "")
    except TypeError as e:
        print(e)
