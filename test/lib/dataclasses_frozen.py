from dataclasses import dataclass, field, FrozenInstanceError, replace


@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0


p = Pt(1, 2)
print(p, hash(p) == hash((1, 2)), hash(p) == hash(Pt(1, 2)))
try:
    p.x = 5
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
try:
    p.z = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except FrozenInstanceError as e:
    print('del:', e)
print(issubclass(FrozenInstanceError, AttributeError))
d = {p: 'a', Pt(3): 'b'}
print(d[Pt(1, 2)], d[Pt(3, 0)])
print(len({Pt(1), Pt(1), Pt(2)}))
q = replace(p, y=9)
print(q, p)


@dataclass(unsafe_hash=True)
class U:
    a: int
    b: str = field(hash=False)
    c: float = field(compare=False, default=0.0)


print(hash(U(1, 'x')) == hash((1,)), U(1, 'x') == U(1, 'x', 2.0), U(1, 'x') == U(1, 'y'))


@dataclass(eq=False)
class NoEq:
    a: int


n = NoEq(1)
print(n == NoEq(1), n == n, NoEq.__hash__ is object.__hash__)


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


print(hash(ExplicitHash(1)))


@dataclass(frozen=True)
class Base:
    a: int


@dataclass(frozen=True)
class Derived(Base):
    b: int = 1


print(Derived(1, 2), hash(Derived(1, 2)) == hash((1, 2)))
try:
    @dataclass
    class Bad(Base):
        c: int = 0
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(frozen=True)
    class Bad2(U):
        c: int = 0
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(unsafe_hash=True)
    class Bad3:
        a: int

        def __hash__(self):
            return 1
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(frozen=True)
    class Bad4:
        a: int

        def __setattr__(self, k, v):
            pass
except TypeError as e:
    print('TypeError:', e)
