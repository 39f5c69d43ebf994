class A:
    @classmethod
    def make(cls):
        return cls(1)
A.make()
