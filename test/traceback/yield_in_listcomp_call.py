def g(x):
    return x[0]
r = [g(v) for v in [[1], []]]
