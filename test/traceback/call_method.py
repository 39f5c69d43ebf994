class A:
    def m(self, v):
        raise KeyError(v)
a = A()
r = a.m(3)
