class V:
    def __getitem__(self, k):
        raise KeyError(k)
v = V()
w = v[1]
