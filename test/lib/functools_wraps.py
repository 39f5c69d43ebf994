import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print('calling', func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b


print(add(1, b=2))
print(add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__wrapped__(5, 6))


def outer():
    def inner():
        "inner doc"
    return inner


f = outer()
f.custom = 'attr'


def shell(*a):
    return 'shell'


g = functools.update_wrapper(shell, f)
print(g.__name__, g.__qualname__, g.__doc__, g.custom, g.__wrapped__ is f, g())


def repeat(n):
    def deco(func):
        @functools.wraps(func)
        def run(*args):
            return [func(*args) for _ in range(n)]
        return run
    return deco


@repeat(3)
def hello(name):
    "greet"
    return 'hi ' + name


print(hello('bob'), hello.__name__, hello.__doc__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
