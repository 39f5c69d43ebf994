from dataclasses import dataclass, field, fields, InitVar, replace


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h


print(Rect(2, 3), Rect(2.5, 2))


@dataclass
class Scaled:
    value: int
    factor: InitVar[int] = 2

    def __post_init__(self, factor):
        print('post_init factor', factor)
        self.value *= factor


s = Scaled(5)
print(s)
print(Scaled(5, 3))
print([f.name for f in fields(Scaled)])
print(Scaled.__dataclass_fields__['factor']._field_type)
print(repr(Scaled.__dataclass_fields__['factor'].type))
print(replace(s, value=1))


@dataclass
class NeedsInit:
    a: int
    secret: InitVar[str]

    def __post_init__(self, secret):
        self.length = len(secret)


n = NeedsInit(1, 'hello')
print(n, n.length)
try:
    replace(n, a=2)
except ValueError as e:
    print('ValueError:', e)
print(replace(n, a=2, secret='xy').length)


@dataclass
class Base:
    x: int

    def __post_init__(self):
        print('Base post init', self.x)


@dataclass
class Derived(Base):
    y: int = 0

    def __post_init__(self):
        super().__post_init__()
        print('Derived post init', self.y)


print(Derived(1, 2))
