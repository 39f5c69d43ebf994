from dataclasses import dataclass, field, fields, KW_ONLY


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 80


print(Config(host='h'), Config(port=1, host='x'))
try:
    Config('h')
except TypeError as e:
    print('TypeError:', e)
try:
    Config()
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True)
    c: int = 3


print(Mixed(1, b=2), Mixed(1, 5, b=2))
print([(f.name, f.kw_only) for f in fields(Mixed)])
print(Mixed.__doc__, Mixed.__match_args__)


@dataclass
class Marker:
    x: int
    _: KW_ONLY
    y: int
    z: int = 0


print(Marker(1, y=2), Marker(1, z=3, y=4))
try:
    Marker(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    Marker(1, 2, y=3)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Base:
    x: int = 0
    _: KW_ONLY
    k: int = 9


@dataclass
class Derived(Base):
    y: int = 1


print(Derived(), Derived(5, 6, k=7))
print([f.name for f in fields(Derived)])
try:
    @dataclass
    class Twice:
        _: KW_ONLY
        a: int
        __: KW_ONLY
except TypeError as e:
    print('TypeError:', e)
