# inspect.signature: parameters, kinds, defaults, annotations, str(), bind/bind_partial.
import inspect
import functools
from dataclasses import dataclass
from typing import Optional, List


def f(a, b: int = 1, /, c=2, *args: str, d, e: float = 3.5, **kw) -> bool:
    pass


async def fetch(url: str, *, timeout: Optional[float] = None, retries: int = 3) -> dict:
    pass


sig = inspect.signature(f)
print(sig)
print(repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, repr(p.default), p.annotation, repr(p))
print(sig.return_annotation, sig.parameters['a'].default is inspect.Parameter.empty)
print(inspect.signature(fetch))
print(inspect.signature(lambda x, y=[1, 2]: None))
print(inspect.signature(lambda: None))
print(list(inspect.signature(fetch).parameters))

ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba)
print(ba.args, ba.kwargs)
ba = sig.bind(10, d=1)
print(ba.arguments)
ba.apply_defaults()
print(ba.arguments)
print(ba.args, ba.kwargs)
for args, kwargs in [((), {}), ((1,), {}), ((1,), {'d': 1, 'a': 2}), ((1, 2, 3), {'c': 4, 'd': 5})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)


def g(x, y, *, z):
    pass


gs = inspect.signature(g)
for args, kwargs in [((1, 2, 3), {'z': 1}), ((1,), {'x': 2}), ((1, 2), {'z': 3, 'w': 4}), ((), {})]:
    try:
        print(gs.bind(*args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)
print(gs.bind_partial(1))
print(gs.bind_partial(z=5).kwargs)


class Greeter:
    def __init__(self, name: str, punct='!'):
        self.name = name

    def greet(self, other, *, loud=False):
        pass

    @classmethod
    def make(cls, n):
        pass

    @staticmethod
    def util(a, b=2):
        pass

    def __call__(self, q):
        pass


print(inspect.signature(Greeter))
print(inspect.signature(Greeter('x').greet))
print(inspect.signature(Greeter.greet))
print(inspect.signature(Greeter.make))
print(inspect.signature(Greeter.util))
print(inspect.signature(Greeter('y')))


class Empty:
    pass


print(inspect.signature(Empty))


@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = None


print(inspect.signature(Point))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(p, q=5):
    pass


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.signature(functools.partial(f, 1, 2, d=4)))
print(inspect.signature(functools.partial(g, 1)))
print(inspect.signature(functools.partial(g, y=1)))

P = inspect.Parameter
s2 = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=2),
                        P('c', P.KEYWORD_ONLY, annotation=int)], return_annotation=str)
print(s2, s2 == inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=2), P('c', P.KEYWORD_ONLY, annotation=int)], return_annotation=str))
print(s2.replace(return_annotation=inspect.Signature.empty))
print(P('x', P.VAR_KEYWORD).replace(name='opts'))
for bad in [lambda: P('x', P.VAR_POSITIONAL, default=1), lambda: P('def', P.KEYWORD_ONLY), lambda: P(3, P.KEYWORD_ONLY),
            lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    inspect.signature(5)
except TypeError as e:
    print('TypeError', e)
print(str(P.KEYWORD_ONLY), int(P.VAR_KEYWORD), P.KEYWORD_ONLY > P.POSITIONAL_ONLY)
print(inspect.Parameter.empty, inspect.Signature.empty is inspect.Parameter.empty)
print(inspect.getfullargspec(f))
import inspect
for f in [len, print, sorted, sum, pow, isinstance, divmod]:
    print(f.__name__, inspect.signature(f))
try:
    inspect.signature(max)
except ValueError as e:
    print(e)
print(inspect.signature(print).parameters["end"].default == "\n")
