# dataclasses: inheritance, methods, nested dataclasses
from dataclasses import dataclass, field, asdict
from typing import Optional, List
@dataclass
class Animal:
    name: str
    legs: int = 4
    def describe(self) -> str:
        return f"{self.name} has {self.legs} legs"
@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True
@dataclass
class Zoo:
    animals: List[Animal] = field(default_factory=list)
    keeper: Optional[str] = None
    def add(self, a: Animal) -> "Zoo":
        self.animals.append(a)
        return self
z = Zoo().add(Animal("cat")).add(Bird("penguin", can_fly=False)).add(Bird("owl"))
for a in z.animals:
    print(a, "|", a.describe())
print(z.keeper, len(z.animals))
print(asdict(z))
print(Bird("x") == Bird("x"), Bird("x") == Animal("x", 2))
print(isinstance(z.animals[1], Animal), type(z.animals[1]).__name__)
@dataclass
class Node:
    val: int
    children: List["Node"] = field(default_factory=list)
    def total(self) -> int:
        return self.val + sum(c.total() for c in self.children)
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(tree.total())
print(tree)
