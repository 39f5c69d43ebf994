# Sending a value into a generator delegating to a plain iterator looks up the iterator's send
# method: AttributeError, as CPython.
def g():
    got = yield 'first'
    print('got', got)
    yield from range(2)
    return 'done'

it = g()
print(next(it), it.send('x'))
try:
    it.send(5)
except AttributeError as e:
    print(type(e).__name__, e)
it = g()
next(it)
print(it.send(None), next(it))
try:
    print(it.send(None), next(it))
except StopIteration as e:
    print('stop', e.value)

def h():
    yield from iter([1, 2])
it = h()
next(it)
try:
    it.send('v')
except AttributeError as e:
    print(type(e).__name__, e)
