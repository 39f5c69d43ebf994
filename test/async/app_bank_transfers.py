import asyncio
import random
from dataclasses import dataclass, field
from functools import total_ordering

random.seed(42)


class InsufficientFunds(Exception):
    pass


@total_ordering
@dataclass
class Account:
    name: str
    balance: int
    lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False, compare=False)
    history: list = field(default_factory=list, repr=False, compare=False)

    def __lt__(self, other):
        return self.name < other.name

    def __eq__(self, other):
        return self.name == other.name

    def __hash__(self):
        return hash(self.name)


class Bank:
    def __init__(self, accounts):
        self.accounts = {a.name: a for a in accounts}
        self.total = sum(a.balance for a in accounts)
        self.failed = []
        self.completed = 0
        self.audits = []

    async def transfer(self, src, dst, amount, tid):
        a, b = self.accounts[src], self.accounts[dst]
        first, second = sorted([a, b])
        async with first.lock:
            await asyncio.sleep(0)
            async with second.lock:
                if a.balance < amount:
                    raise InsufficientFunds(f"{tid}: {src} has {a.balance}, needs {amount}")
                a.balance -= amount
                for _ in range(tid % 3):
                    await asyncio.sleep(0)
                b.balance += amount
                a.history.append(-amount)
                b.history.append(amount)
                self.completed += 1

    async def auditor(self, stop):
        n = 0
        while not stop.is_set():
            locks = [acc.lock for acc in sorted(self.accounts.values())]
            for l in locks:
                await l.acquire()
            try:
                s = sum(a.balance for a in self.accounts.values())
                self.audits.append(s)
                n += 1
            finally:
                for l in reversed(locks):
                    l.release()
            for _ in range(3):
                await asyncio.sleep(0)
        return n


async def client(bank, cid, ops):
    results = []
    for i, (src, dst, amount) in enumerate(ops):
        tid = cid * 100 + i
        try:
            await bank.transfer(src, dst, amount, tid)
            results.append("ok")
        except InsufficientFunds as e:
            bank.failed.append(str(e))
            results.append("nsf")
    return cid, results


async def main():
    names = ["alice", "bob", "carol", "dave"]
    bank = Bank([Account(n, 100) for n in names])
    stop = asyncio.Event()
    audit_task = asyncio.create_task(bank.auditor(stop), name="auditor")
    plans = []
    for cid in range(5):
        ops = []
        for _ in range(6):
            src, dst = random.sample(names, 2)
            ops.append((src, dst, random.randint(10, 80)))
        plans.append(ops)
    results = await asyncio.gather(*(client(bank, c, p) for c, p in enumerate(plans)))
    stop.set()
    audits = await audit_task
    for cid, res in results:
        print(cid, " ".join(res))
    for msg in bank.failed:
        print("failed:", msg)
    for acc in sorted(bank.accounts.values()):
        print(f"{acc.name:>6}: {acc.balance:4d} moves={len(acc.history)} net={sum(acc.history):+d}")
    print("completed", bank.completed, "audits>0", audits > 0)
    print("invariant", all(s == bank.total for s in bank.audits), sum(a.balance for a in bank.accounts.values()) == bank.total)
    print("locks free", [a.lock.locked() for a in sorted(bank.accounts.values())])


asyncio.run(main())
