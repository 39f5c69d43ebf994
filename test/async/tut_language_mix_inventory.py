"""Inventory sync service: a grab-bag of language features driven by asyncio tasks."""
import asyncio
import itertools
import math
import operator
from collections import ChainMap, defaultdict, namedtuple
from functools import reduce, total_ordering
from typing import Iterator

Item = namedtuple("Item", "sku name qty price")


@total_ordering
class Money:
    __slots__ = ("cents",)

    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __add__(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents)

    __radd__ = lambda self, other: self if other == 0 else self + other

    def __eq__(self, other) -> bool:
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other: "Money") -> bool:
        return self.cents < other.cents

    def __repr__(self) -> str:
        d, c = divmod(self.cents, 100)
        return f"${d:,}.{c:02d}"


def batches(it, n: int) -> Iterator[tuple]:
    it = iter(it)
    while chunk := tuple(itertools.islice(it, n)):
        yield chunk


async def fetch_stock(warehouse: str, skus: tuple[str, ...]) -> dict[str, int]:
    await asyncio.sleep(0.001 * len(skus))
    return {s: (len(warehouse) * 7 + sum(map(ord, s))) % 13 for s in skus}


async def main():
    items = [Item(f"SKU{i:03d}", name, 0, Money(p)) for i, (name, p) in
             enumerate([("widget", 1999), ("gadget", 24950), ("doohickey", 5), ("gizmo", 123456)], 1)]
    skus = [it.sku for it in items]
    stock_by_wh: dict[str, dict[str, int]] = defaultdict(dict)
    for wh in ("north", "south"):
        for chunk in batches(skus, 3):
            stock_by_wh[wh] |= await fetch_stock(wh, chunk)
    merged = ChainMap(stock_by_wh["north"], stock_by_wh["south"])
    totals = {s: stock_by_wh["north"][s] + stock_by_wh["south"][s] for s in skus}
    items = [it._replace(qty=totals[it.sku]) for it in items]
    for it in sorted(items, key=operator.attrgetter("price"), reverse=True):
        flag = "LOW" if it.qty < 5 else ""
        print(f"{it.sku} {it.name:<10} qty={it.qty:>3} price={it.price!r:>12} {flag}".rstrip())
    value = sum(Money(it.price.cents * it.qty) for it in items)
    print("inventory value:", value, "| max price:", max(it.price for it in items))
    print("chainmap north-first:", merged["SKU001"], len(merged), sorted(merged)[:2])
    print("product of qtys:", reduce(operator.mul, (it.qty or 1 for it in items), 1))
    print("grouped:", {k: [i.name for i in g] for k, g in itertools.groupby(
        sorted(items, key=lambda i: i.qty >= 5), key=lambda i: "ok" if i.qty >= 5 else "low")})
    first, *middle, last = sorted(totals.values())
    print(first, middle, last, math.prod(middle), math.comb(5, 2), f"{math.hypot(3, 4):.1f}")
    print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.pairwise("abc")))
    try:
        list(zip([1, 2], [3], strict=True))
    except ValueError as e:
        print("zip strict:", e)
    print(Money(5) < Money(7) <= Money(7), sorted([Money(300), Money(20)]), "SKU001".removeprefix("SKU"))


asyncio.run(main())
