def g(a, b):
    raise ValueError('bad')
r = g(1,
      2)
