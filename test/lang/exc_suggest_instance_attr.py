class Account:
    def __init__(self):
        self.balance = 10
        self.owner = 'x'
a = Account()
print(a.balanse)
