"""Inventory reservations with asyncio.Condition.wait_for + asyncio.timeout: buyers wait for
stock, restocks notify_all, a buyer who waits too long gives up cleanly."""
import asyncio


class Inventory:
    def __init__(self, stock: int) -> None:
        self.stock = stock
        self.cond = asyncio.Condition()
        self.log: list[str] = []

    async def reserve(self, who: str, qty: int, patience: float) -> bool:
        try:
            async with asyncio.timeout(patience):
                async with self.cond:
                    await self.cond.wait_for(lambda: self.stock >= qty)
                    self.stock -= qty
                    self.log.append(f"{who} reserved {qty} (left {self.stock})")
                    return True
        except TimeoutError:
            self.log.append(f"{who} gave up waiting for {qty}")
            return False

    async def restock(self, qty: int) -> None:
        async with self.cond:
            self.stock += qty
            self.log.append(f"restocked {qty} (now {self.stock})")
            self.cond.notify_all()


async def main():
    inv = Inventory(stock=2)

    async def supplier():
        for qty in (3, 1, 4):
            await asyncio.sleep(0.04)
            await inv.restock(qty)

    results = await asyncio.gather(
        inv.reserve("ann", 2, 1.0),
        inv.reserve("bob", 3, 1.0),
        inv.reserve("cy", 5, 0.1),
        inv.reserve("dee", 1, 1.0),
        supplier(),
    )
    print(results[:4])
    print("\n".join(inv.log))
    print("final stock:", inv.stock, "lock free:", not inv.cond.locked())


asyncio.run(main())
