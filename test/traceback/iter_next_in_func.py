def f(it):
    return next(it)
f(iter([]))
