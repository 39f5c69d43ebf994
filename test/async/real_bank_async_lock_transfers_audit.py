import asyncio
import random

random.seed(5)


class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = asyncio.Lock()

    def __repr__(self):
        return f"Account({self.name!r}, {self.balance})"


async def transfer(src, dst, amount, audit):
    first, second = sorted((src, dst), key=lambda a: a.name)
    async with first.lock:
        await asyncio.sleep(0)
        async with second.lock:
            if src.balance < amount:
                audit.append(f"DENY {src.name}->{dst.name} {amount}")
                raise InsufficientFunds(f"{src.name} has {src.balance}, needs {amount}")
            src.balance -= amount
            await asyncio.sleep(0)
            dst.balance += amount
            audit.append(f"OK {src.name}->{dst.name} {amount}")


async def main():
    accts = [Account(n, 100) for n in "abcd"]
    audit = []
    jobs = []
    for _ in range(12):
        s, d = random.sample(accts, 2)
        jobs.append(transfer(s, d, random.randint(10, 80), audit))
    results = await asyncio.gather(*jobs, return_exceptions=True)
    errors = [str(r) for r in results if isinstance(r, InsufficientFunds)]
    print("\n".join(audit))
    print("errors:", errors)
    print(accts, sum(a.balance for a in accts))


asyncio.run(main())
