import enum


class Color(enum.Enum):
    RED = "red"
    GREEN = enum.auto()


class Mixed(enum.Enum):
    A = 1
    B = "b"
    C = enum.auto()


class Fine(enum.Enum):
    X = 5
    Y = enum.auto()


print(Color.GREEN.value, Mixed.C.value, Fine.Y.value)
