def f():
    raise ValueError('f')
x = f() if True else 0
