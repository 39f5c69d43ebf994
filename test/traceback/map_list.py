def f(x):
    return 1/x
s = list(map(f, [0]))
