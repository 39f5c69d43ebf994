def g():
    raise ValueError('g')
    yield
x = next(g())
