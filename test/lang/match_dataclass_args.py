# match: __match_args__ of dataclasses (match_args=, kw_only fields, inheritance) and plain classes
import dataclasses


@dataclasses.dataclass
class Base:
    a: int
    b: int = 0


@dataclasses.dataclass
class Child(Base):
    c: int = 1


@dataclasses.dataclass(kw_only=True)
class KwOnly:
    x: int
    y: int


@dataclasses.dataclass
class Mixed:
    p: int
    _: dataclasses.KW_ONLY
    q: int = 2


@dataclasses.dataclass(match_args=False)
class NoMatchArgs:
    v: int


for cls in (Base, Child, KwOnly, Mixed):
    print(cls.__name__, cls.__match_args__)
print("NoMatchArgs has __match_args__:", "__match_args__" in NoMatchArgs.__dict__)


def show(o):
    match o:
        case Child(a, b, c):
            return f"child {a} {b} {c}"
        case Base(a, b=0):
            return f"base with b=0, a={a}"
        case Base(a, b):
            return f"base {a} {b}"
        case KwOnly(x=x, y=y):
            return f"kw {x} {y}"
        case Mixed(p, q=q):
            return f"mixed {p} {q}"
        case NoMatchArgs(v=v):
            return f"no match args {v}"


for o in [Child(1, 2, 3), Base(4), Base(5, 6), KwOnly(x=7, y=8), Mixed(9, q=10), NoMatchArgs(11)]:
    print(show(o))

try:
    match KwOnly(x=1, y=2):
        case KwOnly(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match NoMatchArgs(1):
        case NoMatchArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
