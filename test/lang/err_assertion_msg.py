# Ends with: AssertionError: balance must not go negative: -5
balance = 100
def withdraw(amount):
    global balance
    assert amount > 0, "amount must be positive"
    balance -= amount
    assert balance >= 0, f"balance must not go negative: {balance}"
    print("withdrew", amount, "balance", balance)
for amt in [30, 50, 20]:
    withdraw(amt)
try:
    withdraw(-1)
except AssertionError as e:
    print("caught:", e)
withdraw(5)
