# match: literal, singleton, value and capture patterns; or-patterns; bindings after failed guards
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Box:
    LIMIT = 10
    ZERO = 0.0


def describe(x):
    match x:
        case 0 | 0.5:
            return "zero or half"
        case -1:
            return "minus one"
        case 1.5 | -2.5:
            return "float"
        case "hello" "world":
            return "concatenated"
        case "a" | "b":
            return "a or b"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case Color.RED:
            return "red"
        case Box.LIMIT:
            return "limit"
        case other:
            return f"other {other!r}"


for v in [0, 0.0, 0.5, -1, 1.5, -2.5, "helloworld", "a", "b", b"raw", None, True, False, 1, Color.RED, Color.GREEN, 10, 10.0, [1], "zz"]:
    print(repr(v), "->", describe(v))

# singletons compare with `is`: 1 is not True, 0 is not False
for v in [1, 0, 1.0, True]:
    match v:
        case True:
            print(v, "is True")
        case _:
            print(v, "is not True")

# a failed guard leaves the capture bound
match 42:
    case n if n > 100:
        print("big")
    case _:
        print("n stays bound:", n)

# the subject is evaluated once
calls = []


def subject():
    calls.append(1)
    return 3


match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("three, calls:", len(calls))

# no case matches: nothing happens
match 7:
    case 1:
        print("never")
print("done")
