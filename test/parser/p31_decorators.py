@a
@a.b.c
@a(1)(2)
@x[0]
@(yield_ if c else d)
@a := b
class K:
    @staticmethod
    def s(): pass
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): pass
