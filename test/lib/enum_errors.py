from enum import Enum, IntEnum


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


def reassign():
    Color.RED = 5


def delete():
    del Color.GREEN


def extend():
    class More(Color):
        BLUE = 3


def bad_sunder():
    class Bad(Enum):
        _weird_ = 1


def bad_mro():
    class Bad(Enum):
        mro = 1


attempt('value', lambda: Color(5))
attempt('value str', lambda: Color('RED'))
attempt('name', lambda: Color['BLUE'])
attempt('reassign', reassign)
attempt('delete', delete)
attempt('extend', extend)
attempt('sunder', bad_sunder)
attempt('mro', bad_mro)
attempt('attr', lambda: hasattr(Color, 'PURPLE'))
attempt('value set', lambda: setattr(Color.RED, 'value', 3))
attempt('name set', lambda: setattr(Color.RED, 'name', 'X'))


class Num(IntEnum):
    ONE = 1


attempt('intenum value', lambda: Num(2))
attempt('intenum bad', lambda: Num('a'))
Color.extra = 'ok'
print(Color.extra)


class Empty(Enum):
    pass


print(list(Empty), len(Empty))


class Sub(Empty):
    A = 1


print(list(Sub))
