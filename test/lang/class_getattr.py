# __getattr__ (fallback) and __setattr__/__delattr__
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)
class Target:
    def __init__(self):
        self.x = 1
    def hello(self):
        return "hello from target"
t = Target()
p = Proxy(t)
print(p.x, p.hello())
p.y = 5
print(t.y, p.y, p._log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
class Dynamic:
    real = "real attr"
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"no {name}")
d = Dynamic()
print(d.real, d.get_thing(), d.get_x(), hasattr(d, "get_y"), hasattr(d, "other"))
print(getattr(d, "nope", "default"))
class Guarded:
    def __init__(self):
        self.a = 1
    def __delattr__(self, name):
        if name == "a":
            raise AttributeError("cannot delete a")
        object.__delattr__(self, name)
g = Guarded()
g.b = 2
del g.b
try:
    del g.a
except AttributeError as e:
    print("AttributeError:", e)
print(vars(g))
class Chain:
    def __init__(self, parts=()):
        self.parts = list(parts)
    def __getattr__(self, name):
        return Chain(self.parts + [name])
    def __repr__(self):
        return "/".join(self.parts)
print(Chain().api.v1.users, Chain().a)
