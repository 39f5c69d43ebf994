# functools.singledispatchmethod: dispatch on the first argument after self, register by
# annotation or explicit class, classmethod wrapping, fallback, MRO-based dispatch.
from functools import singledispatchmethod


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        return f"{self.prefix}<obj {type(arg).__name__}>"

    @fmt.register
    def _(self, arg: int):
        return f"{self.prefix}int {arg:+d}"

    @fmt.register(list)
    def _(self, arg):
        return f"{self.prefix}[" + ", ".join(self.fmt(x) for x in arg) + "]"

    @fmt.register
    def _(self, arg: bool):
        return f"{self.prefix}bool {'yes' if arg else 'no'}"


class Negator:
    @singledispatchmethod
    @classmethod
    def neg(cls, arg):
        raise NotImplementedError(f"Cannot negate a {type(arg).__name__}")

    @neg.register
    @classmethod
    def _(cls, arg: int):
        return -arg

    @neg.register
    @classmethod
    def _(cls, arg: str):
        return arg[::-1]


f = Formatter("> ")
print(f.fmt(5), f.fmt(True), f.fmt("s"), f.fmt([1, False, 2.5]), sep=" | ")
print(Negator.neg(7), Negator.neg("abc"), Negator().neg(0))
try:
    Negator.neg(1.5)
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Formatter.fmt.__name__ if hasattr(Formatter.fmt, "__name__") else "?", f.fmt.__name__)
import math
print(hasattr(math, "sumprod"))
