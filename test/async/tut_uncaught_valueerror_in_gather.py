"""Program that ends with an uncaught exception raised from a task inside gather."""
import asyncio
from dataclasses import dataclass


@dataclass
class Order:
    oid: int
    qty: int


async def validate(order: Order) -> Order:
    await asyncio.sleep(0.01 * order.oid)
    if order.qty <= 0:
        raise ValueError(f"order {order.oid}: quantity must be positive, got {order.qty}")
    print(f"order {order.oid} ok")
    return order


async def main():
    orders = [Order(1, 5), Order(2, 3), Order(3, 0), Order(4, 2)]
    print("validating", len(orders), "orders")
    valid = await asyncio.gather(*(validate(o) for o in orders))
    print("never printed", valid)


asyncio.run(main())
