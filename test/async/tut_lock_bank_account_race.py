"""Lost-update race on a shared balance, then fixed with asyncio.Lock."""
import asyncio


class Account:
    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner = owner
        self.balance = balance
        self.lock = asyncio.Lock()
        self.history: list[str] = []

    def __repr__(self) -> str:
        return f"Account({self.owner!r}, balance={self.balance})"

    async def deposit_unsafe(self, amount: int) -> None:
        current = self.balance
        await asyncio.sleep(0)  # simulate I/O between read and write
        self.balance = current + amount

    async def deposit_safe(self, amount: int) -> None:
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0)
            self.balance = current + amount
            self.history.append(f"+{amount}")

    async def withdraw(self, amount: int) -> bool:
        async with self.lock:
            if self.balance < amount:
                self.history.append(f"!{amount}")
                return False
            await asyncio.sleep(0.001)
            self.balance -= amount
            self.history.append(f"-{amount}")
            return True


async def main():
    acc = Account("alice")
    await asyncio.gather(*(acc.deposit_unsafe(10) for _ in range(5)))
    print("unsafe:", acc, "(expected 50)")

    acc2 = Account("bob")
    await asyncio.gather(*(acc2.deposit_safe(10) for _ in range(5)))
    print("safe:", acc2)

    results = await asyncio.gather(*(acc2.withdraw(a) for a in (20, 20, 20, 5)))
    print("withdrawals:", results, acc2)
    print("history:", " ".join(acc2.history))
    print("lock:", "locked" if acc2.lock.locked() else "unlocked")


asyncio.run(main())
