# Ends with: TypeError: 'Money' object is not subscriptable
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        return Money(self.cents + o.cents)
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
wallet = [Money(150), Money(275), Money(5)]
total = wallet[0]
for m in wallet[1:]:
    total = total + m
    print("running", total)
print("total", total, "count", len(wallet))
print(total[0])
