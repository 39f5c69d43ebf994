def g():
    raise ValueError('bad')
def f():
    return g() + 1
print(f())
