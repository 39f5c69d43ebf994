def g():
    yield 1
    return 'done'
it = g()
print(next(it))
for attempt in range(3):
    try:
        next(it)
    except StopIteration as e:
        print(attempt, repr(e.value), e.args)
def h():
    return 5
    yield
x = h()
try:
    x.send(None)
except StopIteration as e:
    print('send', e.value)
try:
    x.send(None)
except StopIteration as e:
    print('send again', e.value)
def outer():
    r = yield from g()
    return r * 2
print(list(outer()))
o = outer(); next(o)
try:
    next(o)
except StopIteration as e:
    print('outer', e.value)
