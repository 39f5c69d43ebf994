# match: class patterns (__match_args__, keyword sub-patterns, builtins matching themselves)
import collections
import dataclasses


@dataclasses.dataclass
class Point:
    x: int
    y: int


@dataclasses.dataclass(match_args=False)
class NoArgs:
    a: int


Pair = collections.namedtuple("Pair", "left right")


class Shape:
    __match_args__ = ("kind", "size")

    def __init__(self, kind, size):
        self.kind = kind
        self.size = size

    @property
    def area(self):
        print("  area computed")
        return self.size * self.size


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case Pair(l, r=Point() as rp):
            return f"pair {l} with point {rp}"
        case Pair(l, r):
            return f"pair {l} {r}"
        case Shape("square", size=s, area=a):
            return f"square {s} area {a}"
        case Shape(k, s):
            return f"shape {k} {s}"
        case NoArgs(a=a):
            return f"noargs {a}"
        case _:
            return "unknown"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Pair(1, Point(1, 1)), Pair(1, 2),
          Shape("square", 3), Shape("circle", 2), NoArgs(7), 5]:
    print(where(p))

print(Point.__match_args__, Pair.__match_args__, hasattr(NoArgs, "__match_args__"))


def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i > 100:
            return f"big int {i}"
        case int(0 | 1 as small):
            return f"small int {small}"
        case float(f) | int(f):
            return f"number {f}"
        case str(s) | bytes(s) | bytearray(s):
            return f"text {s!r}"
        case list([a, *_]) | tuple((a, *_)):
            return f"first {a}"
        case dict({"k": k}):
            return f"dict k={k}"
        case set() | frozenset():
            return f"a set of {len(v)}"
        case object(__class__=cls):
            return f"object of {cls.__name__}"


for v in [True, 1000, 1, 5, 2.5, "s", b"b", bytearray(b"ba"), [9, 8], (7,), {"k": 3}, {1}, frozenset(), None, Point(1, 1)]:
    print(builtin(v))


class MyInt(int):
    pass


class MyIntArgs(int):
    __match_args__ = ("real",)


match MyInt(5):
    case int(x):
        print("MyInt matches itself", x, type(x).__name__)
match MyIntArgs(6):
    case MyIntArgs(r):
        print("MyIntArgs uses __match_args__", r, type(r).__name__)


class Missing:
    __match_args__ = ("nope",)


match Missing():
    case Missing(x):
        print("never")
    case Missing():
        print("missing attribute means no match")

# isinstance honours __instancecheck__
class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, str)


class AnyStr(metaclass=Meta):
    pass


match "text":
    case AnyStr():
        print("instancecheck says yes")
