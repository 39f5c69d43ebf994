# match: which library types are sequences or mappings for patterns, and captures used by closures
import collections
import enum

import typing


class Point(typing.NamedTuple):
    x: int
    y: int


class Flag(enum.IntEnum):
    ON = 1
    OFF = 0


def kind(v):
    match v:
        case {"a": a, **rest}:
            return f"mapping a={a} rest={dict(rest)}"
        case {}:
            return "mapping"
        case [x, y]:
            return f"pair {x} {y}"
        case [*items]:
            return f"sequence of {len(items)}"
        case str() | bytes():
            return "text"
        case _:
            return "neither"


values = [
    collections.OrderedDict(a=1, b=2),
    collections.Counter("aab"),
    collections.UserDict({"a": 5}),
    collections.UserList([1, 2]),
    collections.UserString("hi"),
    collections.deque([1, 2, 3]),
    Point(3, 4),
    range(2),
    {"a": 1}.keys(),
    {"a": 1}.values(),
    frozenset([1]),
    iter([1, 2]).__class__,
    Flag.ON,
]
for v in values:
    print(type(v).__name__, "->", kind(v))

match Point(3, 4):
    case Point(x=3, y=y):
        print("namedtuple keyword", y)
match Point(5, 6):
    case Point(a, b):
        print("namedtuple positional", a, b)
match Flag.ON:
    case Flag.OFF:
        print("off")
    case int(v):
        print("IntEnum is an int", v)


def make_getters(pairs):
    out = []
    for p in pairs:
        match p:
            case (name, value):
                out.append(lambda name=name: name)
                out.append(lambda: value)
    return [g() for g in out]


print(make_getters([("a", 1), ("b", 2)]))


def closure(v):
    match v:
        case [first, *rest]:
            def show():
                return f"{first} then {rest}"
            return show()
    return "none"


print(closure([1, 2, 3]), closure(5))
