import asyncio
from dataclasses import dataclass, field


class StepFailed(Exception):
    def __init__(self, step, reason):
        super().__init__(f"{step}: {reason}")
        self.step = step


@dataclass
class Order:
    oid: str
    items: dict
    card: str
    address: str
    log: list = field(default_factory=list)


class Inventory:
    def __init__(self, stock):
        self.stock = dict(stock)
        self.reserved = {}

    async def reserve(self, order):
        await asyncio.sleep(0)
        for sku, n in order.items.items():
            if self.stock.get(sku, 0) < n:
                raise StepFailed("inventory", f"only {self.stock.get(sku, 0)} {sku} left")
        for sku, n in order.items.items():
            self.stock[sku] -= n
        self.reserved[order.oid] = dict(order.items)
        order.log.append("reserved")

    async def release(self, order):
        await asyncio.sleep(0)
        for sku, n in self.reserved.pop(order.oid, {}).items():
            self.stock[sku] += n
        order.log.append("released")


class Payments:
    def __init__(self):
        self.charges = {}

    async def charge(self, order, amount):
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        if order.card.startswith("0000"):
            raise StepFailed("payment", "card declined")
        self.charges[order.oid] = amount
        order.log.append(f"charged {amount}")

    async def refund(self, order):
        await asyncio.sleep(0)
        if self.charges.pop(order.oid, None) is not None:
            order.log.append("refunded")


class Shipping:
    async def book(self, order):
        for _ in range(3):
            await asyncio.sleep(0)
        if not order.address:
            raise StepFailed("shipping", "no address")
        order.log.append("shipped")

    async def cancel(self, order):
        order.log.append("shipment cancelled")


PRICES = {"book": 12, "pen": 2, "lamp": 30}


async def checkout(order, inv, pay, ship):
    done = []
    outcome = "ok"
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inv.reserve(order))
            tg.create_task(pay.charge(order, sum(PRICES[s] * n for s, n in order.items.items())))
        done += [inv.release, pay.refund]
        await ship.book(order)
        done.append(ship.cancel)
    except* StepFailed as eg:
        reasons = sorted(str(e) for e in eg.exceptions)
        order.log.append(f"failed: {reasons}")
        # compensate whatever succeeded, in reverse order
        if not done:
            if order.oid in inv.reserved:
                done.append(inv.release)
            if order.oid in pay.charges:
                done.append(pay.refund)
        for undo in reversed(done):
            await undo(order)
        outcome = "failed"
    return outcome


async def main():
    inv = Inventory({"book": 3, "pen": 10, "lamp": 1})
    pay = Payments()
    ship = Shipping()
    orders = [
        Order("o1", {"book": 1, "pen": 2}, "4111", "1 Main St"),
        Order("o2", {"lamp": 2}, "4111", "2 Side St"),
        Order("o3", {"book": 1}, "0000-bad", "3 Hill Rd"),
        Order("o4", {"lamp": 1}, "4111", ""),
        Order("o5", {"lamp": 5}, "0000-bad", "x"),
    ]
    results = []
    for o in orders:
        results.append(await checkout(o, inv, pay, ship))
    for o, r in zip(orders, results):
        print(o.oid, r, o.log)
    print("stock", inv.stock, "reserved", sorted(inv.reserved))
    print("charges", pay.charges)
    parallel = [Order(f"p{i}", {"pen": 3}, "4111", "addr") for i in range(4)]
    res = await asyncio.gather(*(checkout(o, inv, pay, ship) for o in parallel))
    print(res, inv.stock["pen"], sorted(pay.charges.items()))
    for o in parallel:
        print(o.oid, o.log)


asyncio.run(main())
