def f(x):
    return 1/x
s = sum(f(x) for x in range(3))
