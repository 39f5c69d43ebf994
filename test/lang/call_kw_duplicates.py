def show(a): pass
class C:
    def m(self, a): pass
    @staticmethod
    def s(a): pass
for f in [lambda: show(a=1, **{'a': 2}), lambda: C().m(**{'a': 1}, **{'a': 2}), lambda: print(**{'sep': 1}, **{'sep': 2}),
          lambda: dict(**{'a': 1}, **{'a': 2}), lambda: C(**{'a': 1}, **{'a': 2}), lambda: C.s(**{'a': 1}, a=3),
          lambda: (lambda **k: k)(x=1, **{'x': 2}), lambda: sorted([], **{'key': None}, key=None)]:
    try:
        f()
    except TypeError as e:
        print(e)
print((lambda **k: k)(**{'a': 1}, b=2, **{'c': 3}))
