import asyncio
import logging
from dataclasses import dataclass

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("svc")


@dataclass
class Order:
    id: int
    qty: int
    price: float

    @property
    def total(self):
        return round(self.qty * self.price, 2)


class ValidationError(ValueError):
    pass


def validate(order):
    if order.qty <= 0:
        raise ValidationError(f"order {order.id}: qty must be positive, got {order.qty}")
    return order


async def worker(name, queue, totals):
    while True:
        order = await queue.get()
        try:
            validate(order)
            await asyncio.sleep(0)
            totals[name] = totals.get(name, 0) + order.total
            print(f"{name} processed {order.id}: {order.total:.2f}")
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    totals = {}
    orders = [Order(1, 2, 9.99), Order(2, 1, 100.0), Order(3, 5, 0.5), Order(4, 0, 3.0), Order(5, 3, 1.25)]
    for o in orders:
        queue.put_nowait(o)
    workers = [asyncio.create_task(worker(f"w{i}", queue, totals)) for i in range(2)]
    join = asyncio.create_task(queue.join())
    done, pending = await asyncio.wait([join, *workers], return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", [t is join for t in done])
    for t in done:
        if t is not join:
            log.warning("worker died: %r", t.exception())
    print("totals", {k: f"{v:.2f}" for k, v in sorted(totals.items())})
    log.info("remaining %d", queue.qsize())
    await join
    for w in pending:
        if w is not join:
            w.cancel()
    # a final unhandled error escapes asyncio.run
    bad = [o for o in orders if o.qty <= 0]
    raise ExceptionGroup("batch failed", [validate(o) if o.qty > 0 else ValidationError(f"bad {o.id}") for o in bad])


asyncio.run(main())
