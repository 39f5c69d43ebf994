from enum import IntEnum, Enum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM))
print(f'{Priority.HIGH}', '{:>4}'.format(Priority.LOW), '%d' % Priority.MEDIUM)
print(Priority.LOW == 1, Priority.HIGH > Priority.LOW, Priority.MEDIUM < 3)
print(Priority.HIGH + 1, Priority.HIGH * 2, -Priority.LOW, Priority.MEDIUM // 2)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(max(Priority), min(Priority))
print(['a', 'b', 'c', 'd'][Priority.HIGH])
print(isinstance(Priority.LOW, int), int(Priority.HIGH), float(Priority.MEDIUM))
print(Priority(2), Priority(2) is Priority.MEDIUM)
print(list(range(Priority.HIGH)))
print(Priority.LOW.name, Priority.LOW.value, type(Priority.LOW.value))
print(hash(Priority.LOW) == hash(1))
print(sum(Priority))


class Level(IntEnum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Level), [int(x) for x in Level])


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1


print(Shape.SQUARE == 2, Priority.MEDIUM == Shape.SQUARE)
print(Priority.LOW < Priority.MEDIUM <= Priority.MEDIUM)
