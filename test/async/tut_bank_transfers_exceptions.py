"""Bank simulation ending in an uncaught custom exception raised while handling another
(implicit chaining): the traceback's last line is the second exception."""
import asyncio


class InsufficientFunds(Exception):
    def __init__(self, account: str, needed: int, available: int) -> None:
        super().__init__(f"{account}: need {needed}, have {available}")
        self.account = account


class AuditFailure(RuntimeError):
    pass


class Bank:
    def __init__(self, balances: dict[str, int]) -> None:
        self.balances = dict(balances)
        self.lock = asyncio.Lock()
        self.journal: list[tuple[str, str, int]] = []

    async def transfer(self, src: str, dst: str, amount: int) -> None:
        async with self.lock:
            await asyncio.sleep(0)
            if self.balances[src] < amount:
                raise InsufficientFunds(src, amount, self.balances[src])
            self.balances[src] -= amount
            self.balances[dst] += amount
            self.journal.append((src, dst, amount))


async def main():
    bank = Bank({"alice": 100, "bob": 50, "carol": 0})
    transfers = [("alice", "bob", 30), ("bob", "carol", 70), ("carol", "alice", 20), ("bob", "alice", 100)]
    results = await asyncio.gather(*(bank.transfer(*t) for t in transfers), return_exceptions=True)
    for t, r in zip(transfers, results):
        print(f"{t[0]:>5} -> {t[1]:<5} {t[2]:>4}: {'ok' if r is None else f'FAILED ({r})'}")
    print("balances:", bank.balances, "total:", sum(bank.balances.values()))
    print("journal:", bank.journal)
    try:
        await bank.transfer("carol", "bob", 500)
    except InsufficientFunds as e:
        print("audit for", e.account)
        raise AuditFailure(f"audit failed after {len(bank.journal)} transfers")


asyncio.run(main())
