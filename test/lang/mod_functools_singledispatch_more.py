"""singledispatch: union registration, ABCs, MRO order, registry, singledispatchmethod."""
from __future__ import annotations
import collections.abc
from functools import singledispatch, singledispatchmethod


@singledispatch
def kind(x):
    return "object"


@kind.register
def _(x: int | float):
    return "number"


@kind.register(collections.abc.Sequence)
def _(x):
    return "sequence"


@kind.register
def _(x: str):
    return "string"


@kind.register(collections.abc.Mapping)
def _(x):
    return "mapping"


class MyList(list):
    pass


print([kind(v) for v in [1, 2.5, True, "s", [1], (1,), MyList(), {}, set(), None, range(3)]])
print(sorted(t.__name__ for t in kind.registry), kind.dispatch(bool).__name__, kind.dispatch(MyList) is kind.registry[collections.abc.Sequence])


class Shape:
    @singledispatchmethod
    def scale(self, factor):
        raise NotImplementedError(f"cannot scale by {type(factor).__name__}")

    @scale.register
    def _(self, factor: int):
        return f"int x{factor}"

    @scale.register(float)
    def _(self, factor):
        return f"float x{factor:.1f}"

    @singledispatchmethod
    @classmethod
    def make(cls, spec):
        return f"{cls.__name__} from object"

    @make.register
    @classmethod
    def _(cls, spec: str):
        return f"{cls.__name__} from {spec!r}"


class Square(Shape):
    pass


s = Square()
print(s.scale(2), s.scale(1.5), Square.make("sq"), Square.make(3), s.scale.__name__)
try:
    s.scale("x")
except NotImplementedError as e:
    print(e)
try:
    kind.register(3)
except TypeError as e:
    print(e)
try:
    @kind.register
    def _(x: list[int]):
        return "list of int"
except TypeError as e:
    print(e)
try:
    kind()
except TypeError as e:
    print(e)
