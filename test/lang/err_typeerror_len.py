# Ends with: TypeError: object of type 'int' has no len()
things = ["abc", [1, 2], {"a": 1}, (1,), range(10), b"xy", {3}]
print(len(""), len([]), len({}))
for t in things:
    print(type(t).__name__, len(t))
def size(x):
    print("measuring", repr(x))
    return len(x)
print(size("hello"))
print(size(12345))
