from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED)
print(repr(Color.GREEN))
print(Color.BLUE.name, Color.BLUE.value)
print(Color(1), Color['GREEN'])
print(Color(Color.RED) is Color.RED)
print(list(Color))
print(len(Color))
print([c.name for c in Color])
print(Color.RED in Color, Color.RED is Color(1))
print(type(Color.RED), type(Color.RED) is Color, isinstance(Color.RED, Color))
print(repr(Color), Color.__name__)
print(Color.__members__)
print(list(Color.__members__.keys()))
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != Color.BLUE)
print(Color.RED == 1, Color.RED.value == 1)
print(f'{Color.RED}', '{}'.format(Color.GREEN), format(Color.BLUE, '>12') + '|')
print(str(Color.RED), '%s' % Color.RED)
d = {Color.RED: 'stop', Color.GREEN: 'go'}
print(d[Color.RED], d.get(Color.BLUE, 'none'))
print(sorted(Color, key=lambda c: -c.value))
print(hash(Color.RED) == hash(Color.RED))
print(bool(Color.RED), bool(Color))
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError:', e)


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    PAIR = (1, 2)


print(Status('active'), Status((1, 2)), repr(Status.PAIR), Status.PAIR.value)
print(repr(Status.ACTIVE))
for s in Status:
    print(s.name, '->', repr(s.value))
