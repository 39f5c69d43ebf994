# dataclasses: defaults, field(default_factory=...), repr/eq
from dataclasses import dataclass, field, asdict, astuple, fields
from typing import List
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list)
    def total(self) -> float:
        return self.price * self.qty
a = Item("pen", 1.5)
b = Item("book", 12.0, 2, ["paper"])
print(a)
print(b, b.total())
a.tags.append("office")
print(a.tags, Item("x", 0).tags)
print(a == Item("pen", 1.5, 1, ["office"]), a == b, a != b)
print(asdict(b), astuple(b))
print([f.name for f in fields(Item)])
@dataclass
class Counter:
    count: int = 0
    history: list = field(default_factory=lambda: [0])
    hidden: str = field(default="h", repr=False)
    def incr(self):
        self.count += 1
        self.history.append(self.count)
c = Counter()
c.incr(); c.incr()
print(c, c.hidden)
print(Counter(5), Counter(count=2, hidden="x"))
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Post:
    title: str
    slug: str = field(init=False)
    def __post_init__(self):
        self.slug = self.title.lower().replace(" ", "-")
print(Post("Hello Big World"))
