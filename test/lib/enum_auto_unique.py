from enum import Enum, auto, unique


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print(list(Ordinal))
print([o.value for o in Ordinal])


class Mixed(Enum):
    A = 10
    B = auto()
    C = 50
    D = auto()


print([(m.name, m.value) for m in Mixed])


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + '_' + str(count)

    NORTH = auto()
    SOUTH = auto()


print([n.value for n in Named])


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape))
print(Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, Shape(2).name)
print(list(Shape.__members__))
print([(name, m.name) for name, m in Shape.__members__.items() if name != m.name])
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print('ValueError:', e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
print(repr(auto()), auto().value is not None)


class Tupled(Enum):
    A = auto(), 'a'
    B = auto(), 'b'


print([t.value for t in Tupled])
