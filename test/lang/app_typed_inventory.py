# Inventory with typing generics, Protocols, dataclass options (slots, kw_only, InitVar, ClassVar), match
from __future__ import annotations
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, is_dataclass
from typing import (Generic, TypeVar, Protocol, runtime_checkable, ClassVar, Optional, Union, Iterator,
                    TypedDict, Literal, get_type_hints, Callable, Any, overload, Final, cast)
import typing

T = TypeVar("T")
K = TypeVar("K", bound="Hashable")


@runtime_checkable
class Priced(Protocol):
    price: float

    def total(self) -> float: ...


@dataclass(slots=True, order=True)
class Item:
    sku: str
    price: float = field(compare=False)
    qty: int = field(default=0, compare=False)
    category: ClassVar[str] = "generic"

    def total(self) -> float:
        return round(self.price * self.qty, 2)


@dataclass(kw_only=True)
class Perishable(Item if False else object):
    sku: str
    days: int = 7
    price: float = 1.0

    def total(self):
        return self.price


@dataclass
class Order:
    id: int
    _: KW_ONLY
    lines: list[Item] = field(default_factory=list)
    discount: InitVar[float] = 0.0
    rush: bool = False

    def __post_init__(self, discount):
        self.factor = 1 - discount


class Stock(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[str, T] = {}

    def put(self, key: str, item: T) -> None:
        self._items[key] = item

    def get(self, key: str, default: Optional[T] = None) -> Optional[T]:
        return self._items.get(key, default)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

    def __len__(self):
        return len(self._items)


class Movie(TypedDict, total=False):
    title: str
    year: int


def describe(obj: Any) -> str:
    match obj:
        case Item(sku=str(s), qty=0):
            return f"out of stock: {s}"
        case Item(sku, price, qty) if qty > 10:
            return f"bulk {sku} x{qty} @ {price}"
        case Item():
            return f"item {obj.sku}"
        case Order(id=i, lines=[]):
            return f"empty order {i}"
        case Order(id=i, lines=[first, *rest]):
            return f"order {i}: {first.sku} + {len(rest)} more"
        case {"title": str(t), "year": int(y)} if y < 2000:
            return f"classic {t} ({y})"
        case {"title": t, **others}:
            return f"movie {t} extra={others}"
        case [int(a), int(b)] | (int(a), int(b), _):
            return f"pair {a},{b}"
        case str() as s if s.isdigit():
            return f"numeric string {int(s)}"
        case None | True | False:
            return f"singleton {obj}"
        case float(x) | int(x):
            return f"number {x}"
        case _:
            return f"unknown {type(obj).__name__}"


stock: Stock[Item] = Stock()
for sku, p, q in [("B-200", 3.5, 12), ("A-100", 10.0, 0), ("C-300", 0.99, 5)]:
    stock.put(sku, Item(sku, p, q))
print(len(stock), sorted(stock), [i.total() for i in stock])
print(stock.get("A-100"), stock.get("Z", Item("Z", 0)), Item.category, Item.__slots__)
try:
    stock.get("B-200").color = "red"
except AttributeError as e:
    print("AttributeError:", e)
o = Order(7, lines=list(stock), discount=0.1)
print(o, o.factor, Order(8), [f.name for f in fields(Order)])
try:
    Order(1, [], 0.5)
except TypeError as e:
    print("TypeError:", e)
p = Perishable(sku="milk", days=3)
print(p, isinstance(p, Priced), isinstance(stock.get("C-300"), Priced), isinstance(3, Priced), is_dataclass(p))
try:
    Perishable("milk")
except TypeError as e:
    print("TypeError:", e)
m: Movie = {"title": "Alien", "year": 1979}
for obj in [stock.get("A-100"), stock.get("B-200"), stock.get("C-300"), o, Order(9), m, {"title": "Up", "year": 2009, "x": 1},
            [1, 2], (3, 4, 5), (1, 2), "42", "4a", None, False, 2.5, 7, object()]:
    print(describe(obj))
print(Movie.__total__, sorted(Movie.__annotations__), Movie(title="x"))
print(Item.__match_args__, Order.__match_args__, Item.__annotations__)
print(get_type_hints(Stock.get), get_type_hints(Order)["lines"])
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], list[int], dict[str, list[float]], int | None)
print(Callable[[int], str], typing.List[int], Literal["a", "b"], typing.Tuple[int, ...], Stock[int], T, K.__bound__)
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_origin(Optional[int]), typing.get_args(Union[int, str]))
print(cast(int, "not an int"), Final, type(T).__name__, Stock.__parameters__, Priced.__name__)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double("ab"), double.__name__)
try:
    Stock[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Generic[int]):
        pass
except TypeError as e:
    print("TypeError:", e)
