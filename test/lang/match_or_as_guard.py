# match: or-patterns, as-patterns, guards (evaluation order, bindings, side effects)
log = []


class Tracked:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        log.append(f"eq {self.v}=={other!r}")
        return self.v == other


def check(x, label):
    log.append(f"guard {label}")
    return x


def run(subject):
    log.clear()
    match subject:
        case [1, _] | [_, 1] as pair if check(pair[0] != pair[1], "pair"):
            result = f"pair with a one: {pair}"
        case (1 | 2 | 3) as small if check(True, "small"):
            result = f"small {small}"
        case {"k": (int() | float()) as num} if check(num > 0, "num"):
            result = f"positive {num}"
        case str() as s if check(len(s) > 3, "long") and check(s.isalpha(), "alpha"):
            result = f"long word {s}"
        case [x, y] | {"x": x, "y": y} if check(x == y, "xy"):
            result = f"x == y == {x}"
        case [[a, b] | (a, b, _), c]:
            result = f"nested {a} {b} {c}"
        case _:
            result = "fallback"
    print(repr(subject), "->", result, log)


for s in [[1, 2], [2, 1], [1, 1], 2, {"k": 3}, {"k": -1.5}, "hello", "hell0", "abc", [4, 4], {"x": 5, "y": 5},
          [[1, 2], 3], [(1, 2, 9), 3], [1, 2, 3]]:
    run(s)

# or-pattern alternatives tried left to right with == (subject on the left)
t = Tracked(3)
match t:
    case 1 | 2 | 3:
        print("matched 3 after", log[-3:])

# names bound by the successful case stay bound after the match, also when the guard fails
match [10, 20]:
    case [first, second] if first > second:
        print("never")
    case [*_]:
        print("guard failed but bound:", first, second)

# walrus in the guard and in the subject
match (n := 5):
    case int() if (doubled := n * 2) > 5:
        print("n", n, "doubled", doubled)

# nested match inside a case body, and break/continue inside cases
for item in [1, "skip", 2, "stop", 3]:
    match item:
        case "skip":
            continue
        case "stop":
            break
        case int(i):
            match i % 2:
                case 0:
                    print(i, "even")
                case _:
                    print(i, "odd")
print("loop ended at", item)


# return from inside a case, match in a generator
def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case None:
                return
            case other:
                yield str(other)


print(list(gen([("a", 1), 5, ("b", 2), None, ("c", 3)])))


# class body and global scope bindings
class Settings:
    match {"mode": "fast", "level": 3}:
        case {"mode": mode, **extra}:
            pass


print(Settings.mode, Settings.extra)


def set_global(v):
    global captured
    match v:
        case [captured]:
            pass


set_global([99])
print("global", captured)


def outer():
    val = None

    def inner(v):
        nonlocal val
        match v:
            case {"val": val}:
                pass
    inner({"val": "closure"})
    return val


print(outer())
