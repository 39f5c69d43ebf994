# match: mapping patterns (dicts, Mapping subclasses, **rest, get() lookups, key kinds)
import collections
import collections.abc


class Keys:
    NAME = "name"
    AGE = "age"


def handle(msg):
    match msg:
        case {"type": "quit"}:
            return "quit"
        case {"type": "move", "x": int(x), "y": int(y)}:
            return f"move to {x},{y}"
        case {"type": "say", Keys.NAME: str(who), **rest}:
            return f"{who} says {rest}"
        case {1: one, -2: minus_two, 2.5: f, None: n, "t": t}:
            return f"numbers {one} {minus_two} {f} {n} {t}"
        case {b"k": v}:
            return f"bytes key {v}"
        case {}:
            return f"some mapping with keys {sorted(map(str, msg))}"
        case _:
            return "not a mapping"


msgs = [
    {"type": "quit", "extra": 1},
    {"type": "move", "x": 1, "y": 2},
    {"type": "move", "x": 1, "y": "2"},
    {"type": "say", "name": "ann", "text": "hi", "loud": True},
    {1: "a", -2: "b", 2.5: "c", None: "d", "t": "e"},
    {1: "a", -2: "b", 2.5: "c", None: "d"},
    {b"k": 9},
    {"other": 1},
    collections.OrderedDict(type="quit"),
    collections.defaultdict(int, type="move", x=3, y=4),
    [("type", "quit")],
    "type",
]
for m in msgs:
    print(handle(m))

# defaultdict: a missing key is not created by the lookup
d = collections.defaultdict(list)
match d:
    case {"missing": v}:
        print("found", v)
    case _:
        print("no key created:", dict(d))

# **rest is a fresh dict without the matched keys
src = {"a": 1, "b": 2, "c": 3}
match src:
    case {"b": _, **others}:
        print(others, src, others is src)

match {}:
    case {**empty}:
        print("empty rest", empty)


class Config(collections.abc.Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        print("  getitem", k)
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        print("  len")
        return len(self._d)

    def get(self, k, default=None):
        print("  get", k)
        return self._d.get(k, default)


match Config(host="h", port=80, debug=False):
    case {"host": h, "port": p, **more}:
        print("config", h, p, more)

match Config(host="h"):
    case {"host": h, "port": p}:
        print("never")
    case {"host": h}:
        print("only host", h)


class Same:
    A = "k"
    B = "k"


try:
    match {"k": 1, "j": 2}:
        case {Same.A: 1, Same.B: 1}:
            print("never")
except ValueError as e:
    print("ValueError:", e)
