class C:
    def __contains__(self, x):
        raise KeyError(x)
x = 1 in C()
