def f(a):
    return 1/a
x = f(a=0)
