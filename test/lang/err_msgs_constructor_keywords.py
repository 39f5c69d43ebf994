# Constructors that refuse keywords, and the subclasses that may take them.
import collections


class L(list):
    pass


class E(ValueError):
    def __init__(self, *, reason):
        super().__init__(reason)


class D(dict):
    pass


tests = [lambda: dict(a=1), lambda: D(a=1), lambda: list(bogus=1), lambda: L(bogus=1), lambda: set(bogus=1),
         lambda: collections.deque([1], maxlen=2), lambda: collections.deque(bogus=1), lambda: ValueError(bogus=1),
         lambda: E(reason="r"), lambda: KeyError("k", x=1), lambda: float(x=1), lambda: tuple(x=1),
         lambda: frozenset(x=1), lambda: range(1, x=2), lambda: slice(1, x=2), lambda: bool(x=1),
         lambda: type("A", (), {}, x=1), lambda: super(x=1), lambda: staticmethod(len, x=1),
         lambda: str(object="x"), lambda: bytes(source=b"", x=1), lambda: int(x=1), lambda: int("5", base=10),
         lambda: object(x=1), lambda: Exception(), lambda: OSError(1, "x", x=1), lambda: SystemExit(code=1),
         lambda: StopIteration(value=1), lambda: BaseExceptionGroup("m", [ValueError()], x=1)]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", repr(r)[:40])
    except TypeError as e:
        print(i, e)
