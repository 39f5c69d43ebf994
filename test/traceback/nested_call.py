def h(x):
    return x[9]
print(len(h([1])))
