"""Bank: concurrent transfers with per-account locks acquired in id order."""
import asyncio
import random

random.seed(3)


class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, acct_id, balance):
        self.id = acct_id
        self.balance = balance
        self.lock = asyncio.Lock()
        self.history = []


class Bank:
    def __init__(self, balances):
        self.accounts = {i: Account(i, b) for i, b in enumerate(balances)}
        self.failed = []

    async def transfer(self, tid, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        first, second = sorted([a, b], key=lambda acc: acc.id)
        async with first.lock:
            await asyncio.sleep(0)
            async with second.lock:
                if a.balance < amount:
                    raise InsufficientFunds(f"t{tid}: {src} has {a.balance}, needs {amount}")
                a.balance -= amount
                await asyncio.sleep(0)
                b.balance += amount
                a.history.append(f"t{tid} -{amount}")
                b.history.append(f"t{tid} +{amount}")
        return tid

    def total(self):
        return sum(acc.balance for acc in self.accounts.values())


async def main():
    bank = Bank([100, 50, 200, 10])
    start_total = bank.total()
    transfers = []
    for tid in range(12):
        src, dst = random.sample(range(4), 2)
        transfers.append((tid, src, dst, random.randint(5, 80)))
    for t in transfers:
        print("plan t%d: %d -> %d amount %d" % t)
    results = await asyncio.gather(*(bank.transfer(*t) for t in transfers), return_exceptions=True)
    for r in results:
        if isinstance(r, InsufficientFunds):
            print("FAILED", r)
        else:
            print("ok t%d" % r)
    for acc in bank.accounts.values():
        print(f"account {acc.id}: balance {acc.balance} history {acc.history}")
    print("money conserved:", start_total == bank.total(), bank.total())


asyncio.run(main())
