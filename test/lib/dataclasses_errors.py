from dataclasses import dataclass, field, fields, asdict, replace


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


def bad_order():
    @dataclass
    class A:
        x: int = 0
        y: int
    return A


def mutable_default():
    @dataclass
    class B:
        x: list = []
    return B


def mutable_dict():
    @dataclass
    class B2:
        d: dict = {}
    return B2


def both_defaults():
    return field(default=1, default_factory=list)


def no_annotation():
    @dataclass
    class C:
        x: int
        y = field(default=2)
    return C


def order_no_eq():
    @dataclass(order=True, eq=False)
    class D:
        x: int
    return D


attempt('order', bad_order)
attempt('mutable', mutable_default)
attempt('mutable dict', mutable_dict)
attempt('both', both_defaults)
attempt('noann', no_annotation)
attempt('order/eq', order_no_eq)
attempt('fields(int)', lambda: fields(int))
attempt('fields(1)', lambda: fields(1))
attempt('asdict', lambda: asdict(3))


@dataclass
class P:
    x: int
    y: int = 2


attempt('missing', lambda: P())
attempt('too many', lambda: P(1, 2, 3))
attempt('unexpected', lambda: P(1, z=3))
attempt('multiple', lambda: P(1, x=3))
attempt('replace cls', lambda: replace(P, x=1))
attempt('replace bad', lambda: replace(P(1), z=1))


@dataclass
class Q:
    a: int
    b: int
    c: int


attempt('missing3', lambda: Q())
attempt('missing2', lambda: Q(1))
attempt('kw missing', lambda: Q(a=1, c=2))
