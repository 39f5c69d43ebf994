# match: sequence patterns (lists, tuples, ranges, deques, strings are not sequences here)
import collections
import collections.abc


def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a!r}"
        case [a, b] if a == b:
            return f"pair of equals {a!r}"
        case (a, b):
            return f"two {a!r} {b!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first!r} {middle!r} {last!r}"
        case [first, *_, last]:
            return f"ends {first!r} {last!r}"
        case _:
            return "not a sequence"


for v in [[], [1], (1,), [2, 2], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5, 6), range(4), collections.deque([7, 8, 9]),
          "ab", b"ab", bytearray(b"ab"), {"a": 1}, {1, 2}, 5]:
    print(repr(v), "->", shape(v))

# open sequence and star capture always gives a list
match 1, 2, 3:
    case a, *rest:
        print(a, rest, type(rest).__name__)

match (1, (2, 3), [4, [5, 6]]):
    case (x, (y, z), [w, [*inner]]):
        print(x, y, z, w, inner)

match [1, 2]:
    case [*all_of_it]:
        print(all_of_it)

match [1, 2, 3, 4]:
    case [*_, 4] | [4, *_]:
        print("has 4 at an end")

match [1, [2, 3]]:
    case [1, [2, x] as inner] as whole:
        print(x, inner, whole)


class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        print("  len called")
        return len(self.items)

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]


match MySeq(1, 2, 3):
    case [a, *_, c]:
        print("MySeq", a, c)

match MySeq(1, 2):
    case [a, b]:
        print("MySeq unpacked", a, b)


class Plain:
    def __len__(self):
        return 1

    def __getitem__(self, i):
        return 1


match Plain():
    case [x]:
        print("plain matched")
    case _:
        print("plain is not a Sequence")


class Registered:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


collections.abc.Sequence.register(Registered)
match Registered(5, 6):
    case [5, y]:
        print("registered sequence", y)
