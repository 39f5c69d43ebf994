from dataclasses import dataclass, field, fields, MISSING, Field
from typing import ClassVar


@dataclass
class Item:
    name: str
    price: float = field(default=0.0, repr=False)
    qty: int = field(default=1, metadata={'unit': 'pcs'})
    tags: list = field(default_factory=list, compare=False)
    count: ClassVar[int] = 0


i = Item('pen', 1.5)
print(i)
print(Item.count, 'count' in Item.__dataclass_fields__)
for f in fields(Item):
    print(f.name, f.type, f.init, f.repr, f.compare, f.hash, f.kw_only, f.default is MISSING, f.default_factory is MISSING)
f = fields(Item)[2]
print(f.metadata['unit'], len(f.metadata), dict(f.metadata), f.metadata)
print(fields(Item)[0].metadata)
try:
    f.metadata['x'] = 1
except TypeError as e:
    print('TypeError:', e)
print(isinstance(f, Field), type(f).__name__)
print(Item.qty, Item.price)
print(hasattr(Item, 'tags'))
print(Item('a', tags=[1]) == Item('a', tags=[2]))
print(repr(fields(Item)[1]).split(',')[0])


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    parent: object = field(default=None, repr=False)


root = Node(1)
kid = Node(2, parent=root)
root.children.append(kid)
print(root)


@dataclass
class Loop:
    me: object = None


lp = Loop()
lp.me = lp
print(lp)
print([lp, Loop(1)])
