import dataclasses
from dataclasses import dataclass, field
@dataclass
class N:
    v: int
    nxt: 'N' = None
n = N(1); n.nxt = n
print(repr(n))
@dataclass(frozen=True)
class F:
    a: int
try:
    @dataclass
    class G(F):
        b: int = 0
except TypeError as e:
    print(e)
try:
    @dataclass(frozen=True)
    class H(N):
        pass
except TypeError as e:
    print(e)
@dataclass
class M:
    a: int = field(default=1, metadata={'unit': 'm'})
    b: list = field(default_factory=lambda: [1])
    c: int = field(default=0, repr=False, compare=False)
print(dataclasses.fields(M)[0].metadata['unit'], M(), M() == M(c=5), repr(dataclasses.fields(M)[0].metadata))
@dataclass
class P:
    x: int
    def __post_init__(self): print('P post', self.x)
@dataclass
class Q(P):
    y: int = 0
    def __post_init__(self):
        super().__post_init__()
        print('Q post', self.y)
Q(1, 2)
@dataclass(init=False)
class NI:
    a: int = 3
print(NI(), NI().a)
@dataclass(repr=False, eq=False)
class NR:
    a: int
print(type(repr(NR(1))).__name__, NR(1) == NR(1))
@dataclass
class CV:
    import typing
    k: typing.ClassVar[int] = 5
    a: int = 1
print(CV(), [f.name for f in dataclasses.fields(CV)])
try:
    dataclasses.fields(1)
except TypeError as e:
    print(e)
try:
    dataclasses.asdict(M)
except TypeError as e:
    print(e)
@dataclass
class T:
    t: tuple = (1, 2)
    d: dict = field(default_factory=dict)
print(dataclasses.asdict(T((M(), [M(2)]), {'k': M(3)})))
print(dataclasses.astuple(T((M(), [M(2)]), {'k': M(3)})))
@dataclass(order=True)
class O:
    a: int
    b: str
print(O(1, 'b') < O(1, 'c'), O(2, 'a') >= O(1, 'z'), sorted([O(2, 'a'), O(1, 'z'), O(1, 'a')]))
try:
    O(1, 'a') < (1, 'a')
except TypeError as e:
    print(e)
print(O.__eq__(O(1, 'a'), (1, 'a')), O(1, 'a') == (1, 'a'))
@dataclass
class Def:
    a: int
    b: int = 2
    def total(self): return self.a + self.b
print(Def(1).total(), Def.__init__.__defaults__ if False else '', Def.b, Def.__dataclass_fields__['a'].default is dataclasses.MISSING)
try:
    Def.a
except AttributeError as e:
    print(e)
