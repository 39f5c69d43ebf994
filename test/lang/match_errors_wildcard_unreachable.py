# SyntaxError: a wildcard in an or-pattern before other alternatives
def f(x):
    match x:
        case 1 | _ | 2:
            return "x"


print(f(1))
