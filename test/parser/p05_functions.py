def f():
    pass

def g(a, b, /, c, d=1, *args, e, f=2, **kwargs):
    return a

def h(a: int, b: "str" = "x", *, c: float = 1.0) -> None:
    ...

def posonly(a, b=1, /):
    pass

def star_only(*, a, b):
    pass

def varargs(*args: int, **kw: str): pass

@decorator
@decorator.attr(1, 2)
@(lambda f: f)
def decorated(): pass

def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from g()
    z = (yield)
    await_ = 1

def defaults(a=1, b=(1, 2), c=[], d={}, e=lambda: 0): pass
