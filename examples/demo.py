# A tour of what Yieldpoint runs today: classes, generators, closures, exceptions, big ints.
import random
from collections import Counter


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self.balance:,})"


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def make_counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count
    return bump


acct = Account("ada").deposit(1_000).deposit(250)
print(acct)
try:
    acct.deposit(-5)
except ValueError as e:
    print("refused:", e)

gen = fib()
print([next(gen) for _ in range(15)])
print("2**200 =", 2 ** 200)

bump = make_counter()
print([bump() for _ in range(3)])

random.seed(42)
rolls = [random.randint(1, 6) for _ in range(60)]
print(sorted(Counter(rolls).items()))
print({n % 7 for n in range(20)}, round(2.675, 2), 0.1 + 0.2)
