# A "protocol conformance" report: probes objects with broken dunder methods the way a grader's
# test harness would, and prints which builtins accept or reject them
class BadBool:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class HugeLen:
    def __len__(self):
        return 2 ** 70


class IntRepr:
    def __repr__(self):
        return 5


class NoneStr:
    def __str__(self):
        return None


class StrHash:
    def __hash__(self):
        return "x"


class FloatIndex:
    def __index__(self):
        return 1.5


class IterInt:
    def __iter__(self):
        return 5


class NextOnly:
    def __next__(self):
        return 1


class NotImplEq:
    def __eq__(self, other):
        return NotImplemented


class StrFloat:
    def __float__(self):
        return "x"


class FloatInt:
    def __int__(self):
        return 3.5


class EnterOnly:
    def __enter__(self):
        return self


class WeirdLt:
    def __lt__(self, other):
        return "yes"

    def __repr__(self):
        return "WeirdLt()"


def with_enter_only():
    with EnterOnly():
        pass


PROBES = [
    ("bool(BadBool())", lambda: bool(BadBool())),
    ("len(NegLen())", lambda: len(NegLen())),
    ("len(HugeLen())", lambda: len(HugeLen())),
    ("repr(IntRepr())", lambda: repr(IntRepr())),
    ("str(IntRepr())", lambda: str(IntRepr())),
    ("f'{IntRepr()}'", lambda: f"{IntRepr()}"),
    ("format(IntRepr())", lambda: format(IntRepr())),
    ("str(NoneStr())", lambda: str(NoneStr())),
    ("'%s' % NoneStr()", lambda: "%s" % NoneStr()),
    ("hash(StrHash())", lambda: hash(StrHash())),
    ("{StrHash(): 1}", lambda: {StrHash(): 1}),
    ("[1, 2][FloatIndex()]", lambda: [1, 2][FloatIndex()]),
    ("range(FloatIndex())", lambda: range(FloatIndex())),
    ("iter(IterInt())", lambda: iter(IterInt())),
    ("list(IterInt())", lambda: list(IterInt())),
    ("iter(NextOnly())", lambda: iter(NextOnly())),
    ("NotImplEq() == NotImplEq()", lambda: NotImplEq() == NotImplEq()),
    ("NotImplEq() != NotImplEq()", lambda: NotImplEq() != NotImplEq()),
    ("float(StrFloat())", lambda: float(StrFloat())),
    ("int(FloatInt())", lambda: int(FloatInt())),
    ("with EnterOnly()", with_enter_only),
    ("WeirdLt() < 1", lambda: WeirdLt() < 1),
    ("1 > WeirdLt()", lambda: 1 > WeirdLt()),
    ("sorted([WeirdLt(), WeirdLt()])", lambda: sorted([WeirdLt(), WeirdLt()])),
    ("max(WeirdLt(), WeirdLt())", lambda: max(WeirdLt(), WeirdLt())),
    ("not NegLen()", lambda: not NegLen()),
    ("bool(HugeLen())", lambda: bool(HugeLen())),
    ("abs(WeirdLt())", lambda: abs(WeirdLt())),
    ("round(WeirdLt())", lambda: round(WeirdLt())),
    ("divmod(WeirdLt(), 1)", lambda: divmod(WeirdLt(), 1)),
]

passed = failed = 0
width = max(len(name) for name, _ in PROBES)
for name, probe in PROBES:
    try:
        result = probe()
    except Exception as exc:
        failed += 1
        print(f"{name:<{width}}  REJECTED  {type(exc).__name__}: {exc}")
    else:
        passed += 1
        print(f"{name:<{width}}  accepted  {result!r}")
print(f"\n{passed} accepted, {failed} rejected, {passed / len(PROBES):.0%} acceptance")


class P:
    def __eq__(self, other):
        print("  P.__eq__", type(other).__name__)
        return NotImplemented


class Q(P):
    def __eq__(self, other):
        print("  Q.__eq__", type(other).__name__)
        return NotImplemented


print(P() == Q())
print(Q() == P())
print(P() != 1)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("  Num.__add__")
        return NotImplemented

    def __radd__(self, other):
        print("  Num.__radd__")
        return Num(self.v + other)

    def __iadd__(self, other):
        print("  Num.__iadd__")
        return NotImplemented

    def __repr__(self):
        return f"Num({self.v})"


class SubNum(Num):
    def __radd__(self, other):
        print("  SubNum.__radd__")
        return SubNum(99)


n = Num(1)
print(1 + n)
try:
    n += 1
except TypeError as e:
    print("TypeError:", e)
print(Num(1) + SubNum(2))
try:
    print(Num(1) + Num(2))
except TypeError as e:
    print("TypeError:", e)
