# Ends with: AttributeError: 'Account' object has no attribute 'balanse'
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def deposit(self, amt):
        self.balance += amt
        return self.balance
acct = Account("ann", 100)
print(acct.owner, acct.deposit(50))
print(sorted(vars(acct)))
print(hasattr(acct, "balanse"))
print(acct.balanse)
