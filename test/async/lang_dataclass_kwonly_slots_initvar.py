import asyncio
from dataclasses import dataclass, field, KW_ONLY, InitVar, asdict, astuple, replace, fields, is_dataclass, make_dataclass, FrozenInstanceError
from typing import ClassVar, List
from collections import namedtuple

Pt = namedtuple("Pt", "x y")

@dataclass
class Inner:
    vals: list = field(default_factory=list)
    tag: tuple = ("a",)

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int

@dataclass
class Job:
    name: str
    _: KW_ONLY
    retries: int = 3
    timeout: float = 1.0
    count: ClassVar[int] = 0
    secret: str = field(default="s", repr=False, compare=False)
    scale: InitVar[int] = 1
    inner: Inner = field(default_factory=Inner)
    pts: List[Pt] = field(default_factory=lambda: [Pt(1, 2)])
    def __post_init__(self, scale):
        self.timeout *= scale
        Job.count += 1

@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2

@dataclass(eq=False)
class NoEq:
    a: int

@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(hash=False, default=None)

@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0

async def main():
    await asyncio.sleep(0)
    j = Job("build", retries=5, scale=2, inner=Inner([1, {"k": (2, 3)}]))
    print(j)
    print(asdict(j))
    print(astuple(j))
    print(Job.count, Job.__match_args__, [f.name for f in fields(j)], is_dataclass(j), is_dataclass(Job), is_dataclass(3))
    print(replace(j, name="test"))
    try:
        Job("x", 1)
    except TypeError as e:
        print(e)
    try:
        Opts()
    except TypeError as e:
        print(e)
    print(Opts(level=2), Slotted(1), Slotted.__slots__, hasattr(Slotted(1), "__dict__"))
    try:
        Slotted(1).c = 3
    except AttributeError as e:
        print(e)
    print(NoEq(1) == NoEq(1), hash(Hashed(1, [1])) == hash(Hashed(1, [2])), Hashed(1) == Hashed(1))
    print(sorted([Ver(1, 2), Ver(0, 9), Ver(1)]), Ver(1) < Ver(1, 1), max(Ver(2), Ver(1, 99)))
    try:
        Ver(1).major = 3
    except FrozenInstanceError as e:
        print(type(e).__name__, e)
    try:
        @dataclass
        class Bad:
            items: list = []
    except ValueError as e:
        print(e)
    try:
        @dataclass
        class Bad2:
            a: int = 1
            b: int
    except TypeError as e:
        print(e)
    D = make_dataclass("D", [("x", int), ("y", float, field(default=0.5))], namespace={"norm": lambda self: self.x + self.y})
    print(D(1), D(2).norm(), D.__name__)
    @dataclass
    class Tree:
        val: int
        kids: list = field(default_factory=list)
    t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
    print(t)
    print(asdict(t))
    try:
        replace(j, scale=3)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        asdict(Job)
    except TypeError as e:
        print(e)

asyncio.run(main())
