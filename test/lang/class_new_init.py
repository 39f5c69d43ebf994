# __new__ and __init__
class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created_by_new = True
        return inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v
t = Tracked(5)
print(t.v, t.created_by_new)

class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.n = 0
        return cls._inst
a = Singleton(); b = Singleton()
a.n += 1
print(a is b, b.n)

class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never runs")
r = ReturnsOther()
print(type(r).__name__)

class UpperStr(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = UpperStr("hello")
print(u, len(u), isinstance(u, str), u + "!", type(u).__name__)
class PosInt(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(PosInt(-5), PosInt(-5) + 1, type(PosInt(3) + 1).__name__)
class WithInitReturn:
    def __init__(self):
        return None
print(type(WithInitReturn()).__name__)
try:
    class BadInit:
        def __init__(self):
            return 1
    BadInit()
except TypeError as e:
    print("TypeError:", e)
