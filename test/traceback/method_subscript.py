class S:
    def __init__(self):
        self.items = [1]
    def get(self, i):
        return self.items[i]
s = S()
print(s.get(3))
