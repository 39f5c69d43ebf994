# Realistic: inventory management with dataclasses, sorting and reports
from dataclasses import dataclass, field
from collections import defaultdict
from typing import Dict, List, Optional

@dataclass(order=True)
class Product:
    sku: str
    name: str = field(compare=False)
    category: str = field(compare=False)
    price_cents: int = field(compare=False)
    stock: int = field(default=0, compare=False)

    @property
    def value(self) -> int:
        return self.price_cents * self.stock

@dataclass
class Order:
    order_id: int
    lines: Dict[str, int]
    status: str = "new"
    notes: List[str] = field(default_factory=list)

class Inventory:
    def __init__(self):
        self.products: Dict[str, Product] = {}
        self.log: List[str] = []

    def add(self, p: Product):
        if p.sku in self.products:
            raise KeyError(f"duplicate sku {p.sku}")
        self.products[p.sku] = p

    def restock(self, sku: str, qty: int):
        self.products[sku].stock += qty
        self.log.append(f"restock {sku} +{qty}")

    def fulfil(self, order: Order) -> Optional[int]:
        missing = [s for s, q in order.lines.items() if s not in self.products or self.products[s].stock < q]
        if missing:
            order.status = "backordered"
            order.notes.append("missing: " + ",".join(sorted(missing)))
            return None
        total = 0
        for sku, qty in order.lines.items():
            p = self.products[sku]
            p.stock -= qty
            total += qty * p.price_cents
        order.status = "shipped"
        self.log.append(f"order {order.order_id} shipped {total}")
        return total

    def report(self):
        by_cat = defaultdict(list)
        for p in sorted(self.products.values()):
            by_cat[p.category].append(p)
        for cat in sorted(by_cat):
            items = by_cat[cat]
            print(f"{cat} ({len(items)} items, value ${sum(p.value for p in items) / 100:.2f})")
            for p in items:
                low = " LOW" if p.stock < 5 else ""
                print(f"  {p.sku:<6}{p.name:<14}{p.price_cents / 100:>8.2f}{p.stock:>5}{low}")

def money(c):
    return f"${c // 100}.{c % 100:02d}"

inv = Inventory()
for row in [("A100", "widget", "parts", 250, 40), ("A200", "gadget", "parts", 1299, 3),
            ("B100", "manual", "books", 1999, 10), ("C300", "cable", "electronics", 599, 25),
            ("C100", "adapter", "electronics", 899, 0)]:
    inv.add(Product(*row))
try:
    inv.add(Product("A100", "dup", "parts", 1))
except KeyError as e:
    print("KeyError:", e)
inv.report()
orders = [Order(1, {"A100": 10, "C300": 2}), Order(2, {"A200": 5}), Order(3, {"B100": 1, "Z999": 1}),
          Order(4, {"C100": 1})]
for o in orders:
    total = inv.fulfil(o)
    print(o.order_id, o.status, money(total) if total is not None else "-", o.notes)
inv.restock("C100", 7)
inv.restock("A200", 2)
print(inv.fulfil(orders[1]), orders[1].status)
print(inv.fulfil(Order(5, {"C100": 7})))
inv.report()
print(inv.log)
print(sorted(inv.products.values())[0], max(inv.products.values(), key=lambda p: p.value).sku)
