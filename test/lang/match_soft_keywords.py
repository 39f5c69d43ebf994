# match and case stay usable as names (soft keywords), next to real match statements
match = [1, 2, 3]
case = {"k": "v"}
print(match, case)
match[0] = 10
print(match[0], match[1:])


class Obj:
    match = "attr"
    case = "case attr"


o = Obj()
print(o.match, o.case)
case = o
print(case.match, case.case)


def match(*args, **kw):
    return ("called", args, kw)


print(match(1, 2))
match(3)
print(match(case=4))

_ = "underscore"
match, case = 1, 2
print(match, case)
match: int = 5
print(match)
match -1:
    case -1:
        print("negative subject")
match (match):
    case 5:
        print("match is five")
match match, case:
    case (match, case):
        print("rebinding match and case", match, case)
match [match]:
    case [_]:
        print("_ is still", _)


def case(match):
    match match:
        case {"match": case}:
            return case
        case _:
            return "no"


print(case({"match": "yes"}), case(1))
print([match for match in range(3)])
