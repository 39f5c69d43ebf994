class A:
    pass

class B(A):
    x = 1
    def method(self):
        return self.x

class C(A, B, metaclass=Meta, **kw):
    """Docstring."""
    y: int
    z: "str" = "q"

@dataclass(frozen=True)
class D:
    a: int = 0

class E(): pass
class F(*bases): pass
