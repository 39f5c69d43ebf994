# yield from with return values and delegation
def inner(n):
    for i in range(n):
        got = yield i
        if got:
            print("  inner got", got)
    return f"inner({n}) done"
def outer():
    r1 = yield from inner(2)
    print("  r1 =", r1)
    r2 = yield from inner(3)
    print("  r2 =", r2)
    return r1 + " & " + r2
g = outer()
print(next(g), g.send("hello"), next(g), next(g), g.send("x"))
try:
    next(g)
except StopIteration as e:
    print("final:", e.value)
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(3), (x * x for x in range(3)))))
def thrower_inner():
    try:
        yield 1
        yield 2
    except KeyError:
        print("  inner caught KeyError")
        yield "recovered"
def thrower_outer():
    yield from thrower_inner()
    yield "outer continues"
t = thrower_outer()
print(next(t), t.throw(KeyError), next(t))
def closer_inner():
    try:
        yield 1
    finally:
        print("  inner finally on close")
def closer_outer():
    yield from closer_inner()
c = closer_outer()
next(c)
c.close()
def yf_gen_expr():
    x = yield from iter([10, 20])
    return x
print(list(yf_gen_expr()))
