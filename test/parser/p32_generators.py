def g():
    x = yield
    yield x
    yield from range(3)
    y = yield from g()
    z = [(yield i) for i in range(3)]
    await_like = (yield)
    return (yield x)
def h():
    yield 1,
    yield *a, *b
