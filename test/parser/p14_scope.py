counter = 0
def inc():
    global counter
    counter += 1
def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
    global a, b, c
    return inner
del a
del a, b
del a[0], a.b, (c, d), [e, f]
del (a)
assert x
assert x, "message"
assert (x, y)
raise
raise E
raise E("m") from None
pass; pass;
