def gen():
    yield 1
    raise ValueError('g')
for x in gen():
    pass
