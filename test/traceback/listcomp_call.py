def f(x):
    return 1/x
s = [f(x) for x in range(3)]
