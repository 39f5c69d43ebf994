# An exception raised in a guard, and one in a case body, report their own lines
def check(v):
    match v:
        case {"n": n} if (
            n > 0 and
            10 // (n - 1) > 1
        ):
            return "big"
        case {"n": n}:
            return "small"


print(check({"n": 0}))
print(check({"n": 5}))
print(check({"n": 1}))
