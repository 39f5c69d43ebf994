def g():
    raise ValueError('bad')
g()  # call it
