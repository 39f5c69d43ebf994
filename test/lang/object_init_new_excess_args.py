class C: pass
class D:
    def __init__(self, x): super().__init__(x)
class E:
    def __new__(cls, x): return super().__new__(cls, x)
class F:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, x): super().__init__()
class G:
    def __init__(self, x): super().__init__()
    def __new__(cls, *a): return object.__new__(cls, *a)
for f in (lambda: C.__init__(), lambda: object.__init__(C(), 1), lambda: D(1), lambda: E(1), lambda: F(1), lambda: G(1), lambda: C(1),
          lambda: object.__init__(C(), k=1), lambda: D.__init__(D.__new__(D), k=1), lambda: object.__new__(C, 1), lambda: object.__new__(D, 1),
          lambda: str.__add__(), lambda: str.upper(), lambda: str.__format__(), lambda: int.__add__(), lambda: list.__len__(), lambda: object.__new__(),
          lambda: dict.__getitem__(), lambda: str.__round__ if False else int.__round__(), lambda: list.__reversed__()):
    try:
        r = f()
        print('ok', type(r).__name__)
    except TypeError as e:
        print(e)
