from contextlib import contextmanager

log = []


@contextmanager
def tag(name):
    """Wrap output in a tag."""
    log.append('<' + name + '>')
    try:
        yield name.upper()
    finally:
        log.append('</' + name + '>')


with tag('a') as t:
    log.append('body ' + t)
print(log)
print(tag.__name__, tag.__doc__)
log.clear()
try:
    with tag('b'):
        log.append('about to fail')
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
print(log)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


with swallow():
    raise KeyError('k')
print('after swallow')
try:
    with swallow():
        raise IndexError('i')
except IndexError as e:
    print('propagated', repr(e))


@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError('transformed') from e


try:
    with transform():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


@contextmanager
def nested(n):
    print('enter', n)
    yield n
    print('exit', n)


with nested(1) as a, nested(2) as b:
    print('inside', a, b)
cm = nested(3)
print(type(cm).__name__)
with cm as v:
    print('v', v)
