def f():
    return
def g():
    return 1, 2
def h():
    return *a, b
def i():
    return (yield)
def j():
    x = yield 1, 2
    y = yield *a, b
    return [(yield z) for z in ()]
def k():
    return lambda: (yield)
