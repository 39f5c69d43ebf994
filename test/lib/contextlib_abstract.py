from contextlib import AbstractContextManager, contextmanager, ExitStack, nullcontext, suppress, closing


class Managed(AbstractContextManager):
    def __init__(self):
        self.log = []

    def __exit__(self, exc_type, exc, tb):
        self.log.append(('exit', exc_type.__name__ if exc_type else None))
        return None


m = Managed()
with m as got:
    print(got is m)
print(m.log)
try:
    with m:
        raise ValueError('v')
except ValueError:
    print('propagated', m.log)


class Duck:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        return False


class NotCM:
    def __enter__(self):
        return 1


print(isinstance(Duck(), AbstractContextManager))
print(isinstance(NotCM(), AbstractContextManager))
print(isinstance(m, AbstractContextManager))
print(isinstance(ExitStack(), AbstractContextManager))
print(isinstance(nullcontext(), AbstractContextManager))
print(isinstance(suppress(), AbstractContextManager))
print(isinstance(closing(None), AbstractContextManager))
print(isinstance(3, AbstractContextManager))


@contextmanager
def gen():
    yield


print(isinstance(gen(), AbstractContextManager))
print(AbstractContextManager.__enter__(m) is m)
print(AbstractContextManager.__exit__(m, None, None, None))


class Reusable(AbstractContextManager):
    depth = 0

    def __enter__(self):
        Reusable.depth += 1
        return Reusable.depth

    def __exit__(self, *a):
        Reusable.depth -= 1


r = Reusable()
with r as a:
    with r as b:
        print('depths', a, b)
print('final', Reusable.depth)
