class A:
    def __init__(self, v):
        self.v = 1 / v
class B(A):
    def __init__(self):
        super().__init__(0)
B()
