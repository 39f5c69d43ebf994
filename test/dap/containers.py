d = {"a": 1, 2: [1, 2]}
class P:
    def __init__(self):
        self.x = 1
p = P()
print(d, p.x)
