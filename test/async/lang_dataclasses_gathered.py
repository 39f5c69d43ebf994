import asyncio
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import Optional, List

@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    tags: List[str] = field(default_factory=list, repr=False)

@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

@dataclass
class Box:
    items: list = field(default_factory=list)
    origin: Point = field(default_factory=lambda: Point(1, 2))
    label: Optional[str] = None
    count: int = field(init=False, default=0)
    def __post_init__(self):
        self.count = len(self.items)

async def make(i):
    await asyncio.sleep(0)
    return Item(3 - i, f"n{i}", [str(i)])

async def main():
    items = await asyncio.gather(*(make(i) for i in range(3)))
    print(items)
    print(sorted(items))
    print(Item(1, "a") == Item(1, "b"), Item(1, "a") < Item(2, "a"))
    p = Point(3, 4)
    print(p, p.dist(), hash(p) == hash(Point(3, 4)))
    try:
        p.x = 5
    except Exception as e:
        print(type(e).__name__, e)
    b = Box(items, label="L")
    print(b)
    print(asdict(b))
    print(astuple(Point(1.5)))
    print(replace(p, y=10))
    print([f.name for f in fields(Box)])
    try:
        replace(b, count=3)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        Item()
    except TypeError as e:
        print(e)
    print(repr(Box()))
    print(Point.__dataclass_fields__['y'].default)

asyncio.run(main())
