from contextlib import ExitStack, contextmanager

log = []


@contextmanager
def res(name):
    log.append('open ' + name)
    try:
        yield name
    finally:
        log.append('close ' + name)


with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in 'abc']
    stack.callback(log.append, 'callback 1')
    stack.callback(lambda: log.append('callback 2'))
    log.append('body ' + ''.join(names))
for line in log:
    print(line)
log.clear()


def exit_fn(exc_type, exc, tb):
    log.append('push saw ' + (exc_type.__name__ if exc_type else 'None'))
    return False


class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        log.append('CM exit ' + repr(v))
        return True


try:
    with ExitStack() as stack:
        stack.push(exit_fn)
        stack.push(CM())
        stack.push(exit_fn)
        raise ValueError('x')
except ValueError:
    log.append('escaped')
print(log)
log.clear()

with ExitStack() as outer:
    outer.enter_context(res('kept'))
    moved = outer.pop_all()
log.append('outer closed')
moved.close()
print(log)
log.clear()

stack = ExitStack()
stack.callback(print, 'close called', 1, sep='-')
r = stack.callback(print, 'never')
print(r is print)
stack._exit_callbacks.pop()
stack.close()
stack.close()


@ExitStack().push
def decorated(*a):
    pass


print(decorated.__name__)
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print('TypeError:', e)
print(ExitStack().__enter__().__class__.__name__)
