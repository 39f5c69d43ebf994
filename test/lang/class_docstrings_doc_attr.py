"""Module docstring: stored as __doc__."""
import functools

print(__doc__)


class Documented:
    """Class docstring."""

    def method(self):
        """Method docstring."""

    @staticmethod
    def smethod(x: int) -> str:
        """Static docstring."""
        return str(x)

    @classmethod
    def cmethod(cls):
        """Class method docstring."""

    @property
    def prop(self):
        """Property docstring."""
        return 1


class Bare:
    x = 1
    """Not a docstring: not the first statement."""


class Sub(Documented):
    pass


print(Documented.__doc__, Documented().__doc__, Documented.method.__doc__, Documented().method.__doc__)
print(Documented.smethod.__doc__, Documented.cmethod.__doc__, Documented.prop.__doc__)
sm = Documented.__dict__["smethod"]
cm = Documented.__dict__["cmethod"]
print(sm.__doc__, sm.__name__, sm.__qualname__, sm.__annotations__, cm.__doc__, cm.__wrapped__ is cm.__func__)
print(repr(Bare.__doc__), repr(Sub.__doc__), "__doc__" in Bare.__dict__, "__doc__" in Sub.__dict__)


@functools.wraps(Documented.method)
def wrapper():
    pass


print(wrapper.__doc__, wrapper.__name__)
Bare.__doc__ = "assigned later"
print(Bare.__doc__, Bare().__doc__)
