# Realistic: bank account simulation with transactions, errors and reports
from dataclasses import dataclass, field
from typing import List, Dict

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account} cannot withdraw {amount}: balance too low")
        self.account = account
        self.amount = amount

class AccountFrozen(BankError):
    pass

@dataclass
class Transaction:
    kind: str
    amount: int
    balance_after: int

@dataclass
class Account:
    number: str
    owner: str
    balance: int = 0
    frozen: bool = False
    history: List[Transaction] = field(default_factory=list)

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount: int) -> int:
        self._check()
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(Transaction("deposit", amount, self.balance))
        return self.balance

    def withdraw(self, amount: int) -> int:
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self.number, amount)
        self.balance -= amount
        self.history.append(Transaction("withdraw", amount, self.balance))
        return self.balance

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts: Dict[str, Account] = {}
        self.next_id = 1000

    def open_account(self, owner, initial=0):
        num = f"AC{self.next_id}"
        self.next_id += 1
        acct = Account(num, owner)
        if initial:
            acct.deposit(initial)
        self.accounts[num] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.deposit(amount)  # refund
            raise
        return a.balance, b.balance

    def apply_interest(self, rate_percent):
        for acct in self.accounts.values():
            if not acct.frozen and acct.balance > 0:
                interest = acct.balance * rate_percent // 100
                acct.deposit(interest) if interest else None

    def report(self):
        print(f"== {self.name} ==")
        for num, a in sorted(self.accounts.items()):
            flag = " [FROZEN]" if a.frozen else ""
            print(f"{num} {a.owner:<6} {a.balance:>8}{flag}")
        print("total", sum(a.balance for a in self.accounts.values()))

bank = Bank("First Python Bank")
ann = bank.open_account("ann", 500)
bob = bank.open_account("bob")
cy = bank.open_account("cy", 1200)
bob.deposit(50)
print(bank.transfer(ann.number, bob.number, 200))
operations = [
    ("withdraw", bob.number, 1000),
    ("deposit", cy.number, -5),
    ("transfer", cy.number, ann.number, 300),
    ("freeze", bob.number),
    ("transfer", ann.number, bob.number, 10),
    ("deposit", "AC9999", 1),
]
for op in operations:
    try:
        if op[0] == "withdraw":
            print("withdraw ->", bank.accounts[op[1]].withdraw(op[2]))
        elif op[0] == "deposit":
            print("deposit ->", bank.accounts[op[1]].deposit(op[2]))
        elif op[0] == "transfer":
            print("transfer ->", bank.transfer(op[1], op[2], op[3]))
        elif op[0] == "freeze":
            bank.accounts[op[1]].frozen = True
            print("froze", op[1])
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "| amount", e.amount)
    except BankError as e:
        print(type(e).__name__ + ":", e)
    except (ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
bank.apply_interest(5)
bank.report()
for acct in (ann, bob, cy):
    print(acct.number, [(t.kind, t.amount, t.balance_after) for t in acct.history])
