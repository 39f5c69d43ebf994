from dataclasses import dataclass, field, asdict, astuple, replace


@dataclass
class Inner:
    v: int
    tags: list = field(default_factory=list)


@dataclass
class Outer:
    name: str
    inner: Inner
    many: list = field(default_factory=list)
    mapping: dict = field(default_factory=dict)
    pair: tuple = (1, 2)


o = Outer('o', Inner(1, ['a']), [Inner(2), Inner(3, ['b', 'c'])], {'k': Inner(4)})
print(asdict(o))
print(astuple(o))
d = asdict(o)
d['inner']['tags'].append('changed')
print(o.inner.tags)
print(asdict(Inner(7), dict_factory=lambda items: sorted(items)))
print(astuple(Inner(7, [1]), tuple_factory=list))
o2 = replace(o, name='o2')
print(o2.name, o2.inner is o.inner, o2 == o)
print(replace(Inner(1, [2])))


@dataclass
class WithNoInit:
    a: int
    b: int = field(init=False, default=5)
    c: list = field(init=False, default_factory=lambda: ['x'])


w = WithNoInit(1)
print(w, asdict(w))
try:
    replace(w, b=3)
except ValueError as e:
    print('ValueError:', e)
print(replace(w, a=9))
try:
    astuple(Inner)
except TypeError as e:
    print('TypeError:', e)
