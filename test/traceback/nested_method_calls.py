class A:
    def f(self):
        return self.g()
    def g(self):
        return [][0]
A().f()
