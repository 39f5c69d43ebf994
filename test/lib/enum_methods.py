from enum import Enum, IntEnum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, p.mass, round(p.surface_gravity, 2))
print(Planet((5.976e+24, 6.37814e6)) is Planet.EARTH)


class Weekday(Enum):
    MON = 1
    TUE = 2
    SAT = 6
    SUN = 7

    def is_weekend(self):
        return self in (Weekday.SAT, Weekday.SUN)

    @classmethod
    def today(cls):
        return cls.TUE

    @staticmethod
    def helper():
        return 'static'

    def __str__(self):
        return self.name.title()


print([d.is_weekend() for d in Weekday], Weekday.today(), Weekday.helper())
print(str(Weekday.MON), repr(Weekday.MON), f'{Weekday.SUN}', list(Weekday))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __repr__(self):
        return 'Mood<' + self.name + '>'

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.FUNKY.describe(), Mood.favorite_mood(), repr(Mood.HAPPY), [Mood.FUNKY])


class Code(IntEnum):
    OK = 200
    NOT_FOUND = 404

    @property
    def phrase(self):
        return self.name.replace('_', ' ').title()

    def is_error(self):
        return self >= 400


print([(c.phrase, c.is_error()) for c in Code], Code(404).phrase)


class Counter(Enum):
    ONE = 1
    TWO = 2
    _ignore_ = ['tmp']
    tmp = 5


print(list(Counter), hasattr(Counter, 'tmp'))
