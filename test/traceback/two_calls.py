def h(x):
    return x[9]
def k(x):
    return x
print(k(1), h([1]))
