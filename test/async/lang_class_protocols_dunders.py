import asyncio
from functools import total_ordering

class Meta(type):
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"

class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

class A(Base, tag="a"):
    __slots__ = ("x", "_y")
    def __init__(self, x):
        self.x = x
        self._y = 0
    @property
    def y(self):
        return self._y
    @y.setter
    def y(self, v):
        if v < 0:
            raise ValueError("neg")
        self._y = v
    @classmethod
    def make(cls, x):
        return cls(x)
    @staticmethod
    def helper(a, b):
        return a * b
    def __repr__(self):
        return f"{type(self).__name__}(x={self.x!r})"

class B(A, tag="b"):
    __slots__ = ("z",)
    def __init__(self, x, z):
        super().__init__(x)
        self.z = z
    def __repr__(self):
        return super().__repr__() + f"+z={self.z}"

@total_ordering
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts < o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

class Count:
    def __init__(self, n): self.n = n
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

class ACount:
    def __init__(self, n): self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10

class Wait:
    def __await__(self):
        yield
        return "awaited"

class Proxy:
    def __init__(self, target): self._t = target
    def __getattr__(self, name):
        print("proxy get", name)
        return getattr(self._t, name)
    def __call__(self, *a, **k):
        return ("called", a, k)

class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb): print("exit", et.__name__ if et else None, ev); return et is KeyError
    async def __aenter__(self): await asyncio.sleep(0); print("aenter"); return "ares"
    async def __aexit__(self, *exc): print("aexit", exc[0]); return False

async def main():
    a = A.make(3); b = B(1, 2)
    print(a, b, A.helper(2, 5), b.helper(3, 3), A.tag, B.tag, Base.registry, B.__mro__)
    a.y = 5
    print(a.y)
    try:
        a.y = -1
    except ValueError as e:
        print("setter", e)
    try:
        a.w = 1
    except AttributeError as e:
        print(e)
    print(hasattr(a, "__dict__"), A.__slots__, A["int"], B[int])
    vs = [Ver(1, 2), Ver(1, 0, 5), Ver(0, 9)]
    print(sorted(vs), Ver(1) <= Ver(1), Ver(2) >= Ver(1, 9), Ver(1) > Ver(0), Ver(1) != Ver(1), Ver(1) == 1, len({Ver(1), Ver(1)}))
    print(list(Count(3)), [x async for x in ACount(3)], await Wait(), sum(Count(4)))
    p = Proxy([3, 1, 2])
    print(p.count(1), p(1, k=2), p._t)
    with CM() as c:
        raise KeyError("swallowed")
    async with CM() as r:
        print("body", r)
    try:
        with CM():
            raise ValueError("passes")
    except ValueError as e:
        print("got", e)
    try:
        Ver(1) < 3
    except TypeError as e:
        print(e)
    print(type(A).__name__, Meta("X", (), {}), isinstance(b, A), issubclass(B, Base), B.__bases__, B.__qualname__)

asyncio.run(main())
