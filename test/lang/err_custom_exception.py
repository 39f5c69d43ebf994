# Ends with a custom exception: InsufficientFunds: need 80, have 50
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, need, have):
        super().__init__(f"need {need}, have {have}")
        self.need, self.have = need, have
balance = 200
for amt in [100, 50, 80]:
    print("withdrawing", amt, "from", balance)
    if amt > balance:
        raise InsufficientFunds(amt, balance)
    balance -= amt
    print("balance now", balance)
