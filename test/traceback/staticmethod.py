class A:
    @staticmethod
    def s(v):
        return v[1]
A.s([])
