# match: tuple subjects, lying sequences, a mapping whose get() raises, repeated __match_args__, self-matching builtins
import collections.abc
a, b = 1, [2, 3]
match a, *b:
    case (1, 2, 3) as t:
        print("tuple subject", t)

class Lying(collections.abc.Sequence):
    def __len__(self): return 2
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError(i)

match Lying():
    case [x, *_, y]:
        print("subscr", x, y)
try:
    match Lying():
        case [x, y]:
            print("unpacked", x, y)
except ValueError as e:
    print("ValueError", e)

class BadGet(dict):
    def get(self, k, d=None):
        raise RuntimeError("get " + k)
try:
    match BadGet(a=1):
        case {"a": 1}:
            print("never")
except RuntimeError as e:
    print(e)

match BadGet(a=1):
    case {**r}:
        print("rest only, no get", r, type(r).__name__)

class Weird:
    __match_args__ = ("a", "a")
    a = 1
try:
    match Weird():
        case Weird(1, 1):
            pass
except TypeError as e:
    print(e)

match 5:
    case bool():
        print("bool")
    case int(True):
        print("never, 5 != True")
    case int(5.0):
        print("5 == 5.0")
match [1, 2]:
    case list((1, 2)):
        print("list vs tuple subpattern fine")
match "x":
    case [*_]:
        print("never")
    case "x" | "y" as v:
        print("str", v)
print(locals().get("v"))
