# Subclassing builtins: list, dict, str, int, Exception
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s[1:3], type(s[1:3]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = DefaultDict(a=1)
print(d["a"], d["hello"], d, "zz" in d)
class Shout(str):
    def shout(self):
        return self.upper() + "!"
print(Shout("hi").shout(), Shout("x") + "y", type(Shout("x") + "y").__name__)
class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"
    def __add__(self, o):
        return Meters(int(self) + int(o))
m = Meters(5) + Meters(7)
print(m, repr(m), m * 2, type(m * 2).__name__, m > 10)
class CountingList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.appends = 0
    def append(self, v):
        self.appends += 1
        super().append(v)
cl = CountingList("ab")
cl.append("c"); cl.append("d"); cl.extend("ef")
print(cl, cl.appends)
class Config(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
cfg = Config(host="h", port=80)
print(cfg.host, cfg.port, hasattr(cfg, "user"))
