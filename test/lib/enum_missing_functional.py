from enum import Enum, IntEnum, Flag


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    UNKNOWN = 'unknown'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            lowered = value.lower()
            for member in cls:
                if member.value == lowered:
                    return member
        return cls.UNKNOWN if value == '?' else None


print(Status('ACTIVE'), Status('Inactive'), Status('?'))
try:
    Status('nope')
except ValueError as e:
    print('ValueError:', e)


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'not a member'


try:
    Bad(2)
except TypeError as e:
    print('TypeError:', e, '| context:', e.__context__)


class Raising(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)


try:
    Raising(3)
except KeyError as e:
    print('KeyError:', e, '| context:', e.__context__)

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.CAT.value, repr(Animal), Animal(2))
Shape = Enum('Shape', ['SQUARE', 'CIRCLE'], start=10)
print(list(Shape))
Pairs = Enum('Pairs', [('X', 'ex'), ('Y', 'why')])
print(list(Pairs), Pairs('why'))
Mapped = Enum('Mapped', {'ONE': 1, 'TWO': 2})
print(list(Mapped), Mapped.TWO.value)
Num = IntEnum('Num', 'A, B, C')
print(list(Num), Num.B + 1, str(Num.C))
Bits = Flag('Bits', 'P Q R')
print(list(Bits), repr(Bits.P | Bits.R))
print(Animal.ANT.__class__.__name__, Animal.__name__)
