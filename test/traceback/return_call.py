def g():
    raise ValueError
def f():
    return g()
f()
