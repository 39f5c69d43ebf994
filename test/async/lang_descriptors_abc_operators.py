import asyncio
from abc import ABC, abstractmethod

class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)

class Meta(type):
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...

class Sq(Shape, metaclass=type(Shape)):
    side = Typed()
    def __init__(self, s):
        self.side = s
    def area(self):
        return self.side ** 2
    @property
    def name(self):
        return "square"

class Vec(metaclass=Meta, flag=True):
    def __init__(self, *c): self.c = c
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(*(a + b for a, b in zip(self.c, o.c)))
        return NotImplemented
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __mul__(self, k): return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self): return Vec(*(-a for a in self.c))
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __contains__(self, v): return v in self.c
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    __hash__ = None
    def __repr__(self): return f"Vec{self.c}"
    def __format__(self, spec): return "<" + ",".join(format(a, spec) for a in self.c) + ">"
    def __iadd__(self, o):
        self.c = tuple(a + b for a, b in zip(self.c, o.c)); return self

class Temp:
    def __init__(self, d): self.d = d
    def __round__(self, n=None): return Temp(round(self.d, n))
    def __index__(self): return int(self.d)
    def __float__(self): return float(self.d)
    def __repr__(self): return f"Temp({self.d})"
    def __lt__(self, o): return self.d < o.d
    def __getattribute__(self, name):
        if name == "secret": return "intercepted"
        return object.__getattribute__(self, name)

async def main():
    await asyncio.sleep(0)
    s = Sq(3)
    print(s.area(), s.name, Sq.side.name, vars(s))
    try:
        s.side = "x"
    except TypeError as e:
        print(e)
    try:
        Shape()
    except TypeError as e:
        print(e)
    class Half(Shape):
        def area(self): return 0
    try:
        Half()
    except TypeError as e:
        print(e)
    v = Vec(1, 2) + Vec(3, 4)
    print(v, 2 * v, v * 2, -v, abs(Vec(3, 4)), bool(Vec(0, 0)), len(v), v[1], 4 in v, list(v), sum([Vec(1, 1), Vec(2, 2)]))
    print(f"{Vec(1.5, 2.25):.1f}", format(Vec(1, 2), "03d"), Vec(1) == Vec(1), Vec(1) != Vec(2))
    try:
        hash(Vec(1))
    except TypeError as e:
        print(e)
    try:
        Vec(1) + 1
    except TypeError as e:
        print(e)
    try:
        1 - Vec(1)
    except TypeError as e:
        print(e)
    w = Vec(1, 1); w0 = w; w += Vec(2, 2); print(w, w is w0)
    t = Temp(21.567)
    print(round(t), round(t, 1), [10, 20, 30, 40][Temp(2.9)], float(t), t.secret, sorted([Temp(3), Temp(1)]), bin(Temp(5)))
    print(max([Temp(1), Temp(5)]), min([3, 1, 2], key=lambda x: -x), max([], default=None), min("bca"), max((1, "a"), (1, "b")))
    print(list(iter([1, 2, 3, 0, 4].pop, 0)) if False else list(iter(iter([3, 2, 0, 1]).__next__, 0)))
    class Rev:
        def __len__(self): return 3
        def __getitem__(self, i):
            if i >= 3: raise IndexError
            return i * 10
    print(list(reversed(Rev())), list(Rev()), 20 in Rev())
    try:
        list(zip([1, 2], [1], strict=True))
    except ValueError as e:
        print(e)
    print(list(enumerate("ab", start=5)), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "x"])))
    l = [1]; l.append(l); d = {"k": None}; d["k"] = d
    print(l, d)

asyncio.run(main())
