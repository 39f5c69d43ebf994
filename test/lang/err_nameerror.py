# Ends with: NameError: name 'x' is not defined
def compute(values):
    out = []
    for v in values:
        out.append(v * 2)
    return out
print(compute([1, 2, 3]))
y = 5
print("y is", y)
del y
items = {"a": 1}
print(items)
print(x)
