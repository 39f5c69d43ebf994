class V:
    @property
    def p(self):
        raise AttributeError('pp')
v = V()
w = v.p
