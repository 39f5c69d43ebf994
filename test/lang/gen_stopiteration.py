# StopIteration value and generator returns
def g():
    yield 1
    return "result"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
try:
    next(it)
except StopIteration as e:
    print("again value:", e.value)
def leaky():
    yield 1
    next(iter([]))
    yield 2
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
e = StopIteration(42)
print(e.value, e.args, repr(e))
print(StopIteration().value)
def manual_iter(seq):
    it = iter(seq)
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
print(manual_iter("xyz"))
def gen_returns_none():
    yield 5
it = gen_returns_none()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
