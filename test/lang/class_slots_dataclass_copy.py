# __slots__ through dataclass(slots=True), namedtuple (__slots__ = ()) and copy/deepcopy of slotted objects.
import copy
from collections import namedtuple
from dataclasses import dataclass, field


@dataclass(slots=True)
class Pt:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Pt(1, 2)
print(p, Pt.__slots__, hasattr(p, '__dict__'))
try:
    p.z = 1
except AttributeError as e:
    print('AttributeError:', e)
p.tags.append('a')
q = copy.deepcopy(p)
q.tags.append('b')
print(p, q, p == Pt(1, 2, ['a']))


@dataclass(slots=True, frozen=True)
class Frozen:
    a: int


f = Frozen(3)
print(f, hash(f) == hash(Frozen(3)), hasattr(f, '__dict__'))

N = namedtuple('N', 'a b')
n = N(1, 2)
print(n, hasattr(n, '__dict__'), N.__slots__)
try:
    n.c = 3
except AttributeError as e:
    print('AttributeError:', e)


class Sub(N):
    pass


s = Sub(5, 6)
s.extra = 'ok'
print(s, s.extra, vars(s))


class Slotted:
    __slots__ = ('a', 'b', '__c')

    def __init__(self):
        self.a = [1]
        self.__c = 'private'

    def c(self):
        return self.__c


o = Slotted()
shallow, deep = copy.copy(o), copy.deepcopy(o)
print(shallow.a is o.a, deep.a is o.a, deep.a, deep.c(), hasattr(deep, 'b'))
