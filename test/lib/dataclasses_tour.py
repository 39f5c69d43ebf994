# dataclasses: defaults, order, frozen errors, __post_init__, InitVar, asdict/astuple/replace, slots, kw_only.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass, InitVar
from typing import List, Optional
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    _secret: int = field(default=0, repr=False, compare=False)
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
@dataclass(frozen=True)
class Pt:
    x: int
    y: int
    def dist(self): return abs(self.x) + abs(self.y)
@dataclass
class Box:
    items: list
    owner: Optional[Item] = None
    def __post_init__(self):
        self.count = len(self.items)
i = Item('pen', 1.5)
print(i, i == Item('pen', 1.5, [], 9), i.tags is not Item('x').tags)
print(sorted([Ver(1, 2), Ver(1), Ver(0, 9)]), Ver(1) < Ver(1, 1), Ver(2) >= Ver(1, 5))
p = Pt(1, -2); print(p, p.dist(), hash(p) == hash(Pt(1, -2)))
try: p.x = 5
except FrozenInstanceError as e: print(type(e).__name__, e)
try: del p.y
except FrozenInstanceError as e: print(type(e).__name__, e)
b = Box([i, Item('cup')], owner=i)
print(b, b.count)
print(asdict(b))
print(astuple(b))
print(replace(i, price=2), replace(p, y=0))
try: replace(i, color='red')
except TypeError as e: print(e)
print([f.name for f in fields(Item)], is_dataclass(i), is_dataclass(Item), is_dataclass(3))
try: Item()
except TypeError as e: print(e)
try: Ver(1) < (1, 0)
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
@dataclass
class Init:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.x *= scale
print(Init(3), Init(3, 10))
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1))
@dataclass(unsafe_hash=True)
class UH:
    a: int
print(hash(UH(1)) == hash(UH(1)))
@dataclass
class Unh:
    a: int
try: hash(Unh(1))
except TypeError as e: print(e)
print(Item.__dataclass_fields__['price'].default, repr(Ver.__init__.__name__))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
print(Pt.__match_args__ if hasattr(Pt, '__match_args__') else '')
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try: K(1)
except TypeError as e: print(e)
@dataclass(slots=True)
class S:
    a: int
print(S(1), S.__slots__)
