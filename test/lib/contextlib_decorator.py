from contextlib import contextmanager, ContextDecorator

calls = []


@contextmanager
def traced(label):
    calls.append('enter ' + label)
    try:
        yield
    except ValueError as e:
        calls.append('handled ' + str(e))
    finally:
        calls.append('exit ' + label)


@traced('f')
def f(x, y=1):
    """f doc"""
    calls.append(f'f({x}, {y})')
    return x + y


print(f(1), f(2, y=5))
print(f.__name__, f.__doc__)
print(calls)
calls.clear()


@traced('g')
def g():
    raise ValueError('in g')


print(g())
print(calls)
calls.clear()


class mycontext(ContextDecorator):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('Starting', self.name)
        return self

    def __exit__(self, *exc):
        print('Finishing', self.name, exc[0].__name__ if exc[0] else None)
        return False


@mycontext('deco')
def work(n):
    print('working', n)
    return n * 2


print(work(3))
print(work(4))
with mycontext('with') as m:
    print('in with', m.name)


@mycontext('raising')
def bad():
    raise KeyError('bad')


try:
    bad()
except KeyError as e:
    print('KeyError', e)


class Counting(ContextDecorator):
    entered = 0

    def __enter__(self):
        Counting.entered += 1
        return self

    def __exit__(self, *exc):
        return True


@Counting()
def swallowed():
    raise RuntimeError('gone')


print(swallowed(), swallowed(), Counting.entered)
