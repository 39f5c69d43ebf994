# Ends with: KeyError: 'inner-missing' raised inside a delegated generator
def inner(d):
    for k in ["a", "b", "inner-missing"]:
        yield k, d[k]
    return "unreachable"
def outer(d):
    print("outer start")
    result = yield from inner(d)
    print("outer got", result)
data = {"a": 1, "b": 2}
for k, v in outer(data):
    print("item", k, v)
