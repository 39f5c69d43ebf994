from enum import Enum, IntEnum, unique


class A(Enum):
    X = 1
    Y = 2


class B(Enum):
    X = 1
    Y = 2


class N(IntEnum):
    X = 1
    Y = 2


class M(IntEnum):
    X = 1
    Y = 2


print(A.X == B.X, A.X is A.X, A.X == 1, N.X == 1, N.X == M.X, N.Y > M.X)
print(A.X != B.X, N.X != 1, A.X in [1, 2], N.X in [1, 2], 2 in [N.Y])
print(A['X'] is A(1), list(reversed(list(A))))
print(A.X.__class__ is A, type(N.X) is N, isinstance(N.X, int), isinstance(A.X, int))
print(issubclass(A, Enum), issubclass(N, int), issubclass(N, Enum))
print(A.__members__['Y'], len(A.__members__), 'X' in A.__members__)
s = {A.X, A.Y, A.X}
print(len(s), A.X in s, B.X in s)
print(sorted(N, reverse=True), sorted([N.Y, 1, N.X, 0]))
print([m.name for m in A], [m.value for m in N])
print(A.X.name, A.X.value, A.X._name_, A.X._value_)
counts = {}
for item in [A.X, A.Y, A.X, A.X]:
    counts[item] = counts.get(item, 0) + 1
print(counts)
print(N.X.real, N.Y.bit_length(), N.Y * 3, divmod(N.Y, 2))
print(hash(A.X) == hash(A.X), A.X.__hash__() == hash('X'))


class Alias(Enum):
    ONE = 1
    UNO = 1
    TWO = 2


print(Alias.UNO, list(Alias), len(Alias), Alias(1).name)
print(list(Alias.__members__.items()))
