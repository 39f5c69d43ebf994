# Ends with: TypeError: unsupported operand type(s) for +: 'int' and 'str'
def total(items):
    acc = 0
    for it in items:
        print("adding", repr(it), "acc =", acc)
        acc = acc + it
    return acc
print(total([1, 2, 3]))
print(total([]))
print(total([1.5, 2]))
print(total([10, 20, "30", 40]))
print("unreachable")
