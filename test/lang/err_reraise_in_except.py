# Ends with: TypeError: bad operand type for unary -: 'str' (re-raised with bare raise after logging)
def negate_all(items):
    out = []
    for it in items:
        try:
            out.append(-it)
        except TypeError:
            print("logging failure for", repr(it))
            raise
    return out
print(negate_all([1, -2, 3.5]))
print(negate_all([True, False]))
print(negate_all([4, "five", 6]))
