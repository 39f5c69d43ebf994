class A:
    __slots__ = ('alpha', 'beta')
a = A()
a.alpha = 1
print(a.betta)
