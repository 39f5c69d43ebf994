from contextlib import suppress, nullcontext, closing

with suppress(KeyError):
    {}['missing']
print('after KeyError')
with suppress(ValueError, TypeError):
    int('x')
print('after ValueError')
with suppress(LookupError):
    [][3]
print('after IndexError via LookupError')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('not suppressed:', e)
with suppress():
    pass
try:
    with suppress():
        raise ValueError('empty suppress')
except ValueError as e:
    print('ValueError:', e)
s = suppress(OSError)
with s:
    raise FileNotFoundError('f')
with s:
    raise TimeoutError('p')
print('reused suppress')

with nullcontext() as x:
    print('null', x)
with nullcontext(42) as x:
    print('null', x)
resource = [1, 2]
with nullcontext(resource) as r:
    print(r is resource)
try:
    with nullcontext():
        raise KeyError('through')
except KeyError as e:
    print('KeyError', e)


class Thing:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        self.closed = True
        print('closing', self.name)


t = Thing('t1')
with closing(t) as got:
    print(got is t, t.closed)
print(t.closed)
t2 = Thing('t2')
try:
    with closing(t2):
        raise ValueError('inside closing')
except ValueError as e:
    print('ValueError:', e, t2.closed)
