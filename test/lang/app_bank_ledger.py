# Bank ledger with dataclasses, properties, sorting, report formatting
from dataclasses import dataclass, field, asdict, replace, FrozenInstanceError, astuple, fields
from functools import total_ordering
from collections import defaultdict, Counter
import itertools


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(f"account {account.number} short by {amount - account.balance:.2f}")


@dataclass(frozen=True, order=True)
class Txn:
    day: int
    kind: str
    amount: float
    memo: str = ""


_ids = itertools.count(1000)


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    number: int = field(default_factory=lambda: next(_ids))
    history: list = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError(f"negative opening balance: {self.balance}")
        self.owner = self.owner.title()

    @property
    def tier(self):
        if self.balance >= 10_000:
            return "gold"
        return "silver" if self.balance >= 1_000 else "basic"

    def deposit(self, day, amount, memo=""):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(Txn(day, "dep", amount, memo))

    def withdraw(self, day, amount, memo=""):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(Txn(day, "wd", amount, memo))


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = int(cents)

    @classmethod
    def of(cls, s):
        whole, _, frac = s.partition(".")
        return cls(int(whole) * 100 + int((frac + "00")[:2]))

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    __radd__ = lambda self, other: self if other == 0 else NotImplemented

    def __repr__(self):
        return f"Money({self.cents // 100}.{self.cents % 100:02d})"

    def __hash__(self):
        return hash(self.cents)


bank = [Account("alice smith", 1500.0), Account("bob jones"), Account("carol o'neil", 12000.5)]
try:
    Account("mallory", -5)
except ValueError as e:
    print("rejected:", e)

ops = [
    (1, 0, "dep", 250.25, "salary"),
    (1, 1, "dep", 99.99, ""),
    (2, 1, "wd", 150.0, "rent"),
    (2, 2, "wd", 2000, "car"),
    (3, 0, "wd", 1750.25, "tuition"),
    (3, 0, "wd", 1.0, "coffee"),
    (4, 2, "dep", 0, "zero"),
    (5, 1, "dep", 1000.01, "bonus"),
]
for day, idx, kind, amt, memo in ops:
    acct = bank[idx]
    try:
        (acct.deposit if kind == "dep" else acct.withdraw)(day, amt, memo)
        print(f"day {day}: {acct.owner:<14}{kind:>4} {amt:>10,.2f} -> {acct.balance:>12,.2f} [{acct.tier}]")
    except InsufficientFunds as e:
        print(f"day {day}: FAILED {e} (wanted {e.amount})")
    except ValueError as e:
        print(f"day {day}: invalid: {e}")

print()
print(f"{'No.':>5} | {'Owner':^16} | {'Balance':>12} | {'Share':>7}")
print("-" * 50)
total = sum(a.balance for a in bank)
for a in sorted(bank, key=lambda a: (-a.balance, a.owner)):
    print(f"{a.number:>5} | {a.owner:^16} | {a.balance:>12,.2f} | {a.balance / total:>7.1%}")
print(f"{'':>5} | {'TOTAL':^16} | {total:>12,.2f} | {1:>7.1%}")

print(bank[0])
print(asdict(bank[1]))
print(astuple(bank[0].history[0]))
print([f.name for f in fields(Account)])
c = replace(bank[1], owner="bob jr")
print(c.owner, c.number == bank[1].number, c == bank[1])
t = bank[0].history[0]
try:
    t.amount = 5
except FrozenInstanceError as e:
    print("frozen:", e)
all_txns = sorted(t for a in bank for t in a.history)
for t in all_txns:
    print(t)
print(max(all_txns), min(all_txns, key=lambda t: t.amount))
by_kind = defaultdict(list)
for t in all_txns:
    by_kind[t.kind].append(t.amount)
print(dict(by_kind))
print(Counter(t.kind for t in all_txns).most_common())
print({t: i for i, t in enumerate(all_txns[:2])})

m = [Money.of("12.5"), Money.of("3.07"), Money.of("100"), Money.of("3.07")]
print(sorted(m), sum(m), max(m), m[1] <= m[3], m[0] >= m[2], len(set(m)))
try:
    m[0] < 3
except TypeError as e:
    print("TypeError:", e)
