def gen():
    yield 1
    raise ValueError('g')
xs = list(gen())
