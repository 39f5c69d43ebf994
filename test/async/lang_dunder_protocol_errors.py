import asyncio

class P:
    @property
    def x(self):
        raise AttributeError("inner x missing")
    def __getattr__(self, name):
        return f"getattr({name})"

class BadBool:
    def __bool__(self): return 1
class NegLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2 ** 70
class BadIndex:
    def __index__(self): return 1.5
class BadIter:
    def __iter__(self): return 3
class BadRepr:
    def __repr__(self): return 3
class BadStr:
    def __str__(self): return None
class BadFormat:
    def __format__(self, spec): return 5
class SeqOnly:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 2
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
class InitRet:
    def __init__(self): return 5
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print("never")
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, "v", None)
class NI:
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
class A: pass
class B: pass
class Slots:
    __slots__ = ("a", "__dict__")
class Hashy:
    def __hash__(self): return "x"

async def main():
    await asyncio.sleep(0)
    p = P()
    print(p.x, p.y)
    tests = [lambda: bool(BadBool()), lambda: len(NegLen()), lambda: len(BigLen()), lambda: [1, 2][BadIndex()], lambda: iter(BadIter()),
             lambda: repr(BadRepr()), lambda: str(BadStr()), lambda: format(BadFormat()), lambda: f"{BadFormat()}", lambda: list(SeqOnly()),
             lambda: 4 in SeqOnly(), lambda: 5 in SeqOnly(), lambda: reversed(NoRev()), lambda: InitRet(), lambda: NewOther(),
             lambda: (Eq(1) == Eq(1), Eq(1) != Eq(2), hash(Eq) is not None), lambda: hash(Eq(1)), lambda: (NI() == NI(), NI() != NI()), lambda: NI() < NI(),
             lambda: sorted([NI(), NI()]), lambda: setattr(A(), "__class__", B) or "reassigned", lambda: Slots().__dict__, lambda: hash(Hashy()),
             lambda: [x for x in BadIter()], lambda: "%s" % BadStr(), lambda: print(BadStr()), lambda: abs(A()), lambda: -A(), lambda: A() + 1, lambda: 1 + A(),
             lambda: A() < A(), lambda: A()[0], lambda: A()(), lambda: len(A()), lambda: iter(A()), lambda: next(A()), lambda: A().missing, lambda: del_attr(),
             lambda: int(A()), lambda: float(A()), lambda: round(A()), lambda: divmod(A(), 1), lambda: A() ** 2, lambda: ~A(), lambda: A() @ A(), lambda: [] @ []]
    def del_attr():
        a = A()
        del a.nothing
    for i, t in enumerate(tests):
        try:
            r = t()
            print(i, "ok", r if not isinstance(r, (A, B, Slots)) else type(r).__name__)
        except Exception as e:
            print(i, type(e).__name__, e)

asyncio.run(main())
