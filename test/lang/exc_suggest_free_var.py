def f():
    count = 1
    def g():
        return coutn
    return g()
f()
