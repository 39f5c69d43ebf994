def f():
    return [][0]
ok = True and f()
