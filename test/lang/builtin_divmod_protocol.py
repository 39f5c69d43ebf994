# divmod() uses __divmod__/__rdivmod__ (not // and %), with its own error wording.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __divmod__(self, n):
        q, r = divmod(self.cents, n)
        return Money(q), Money(r)

    def __rdivmod__(self, n):
        return ("rdivmod", n, self.cents)

    def __repr__(self):
        return f"Money({self.cents})"


class OnlyFloor:
    def __floordiv__(self, o):
        return "floordiv"

    def __mod__(self, o):
        return "mod"


class MyInt(int):
    def __rdivmod__(self, o):
        return ("MyInt rdivmod", o, int(self))


print(divmod(Money(1007), 100), divmod(7, Money(3)))
print(divmod(7, MyInt(2)), divmod(MyInt(7), 2), divmod(True, 2), divmod(-7.5, 2), divmod(7, -2.0))
print((7).__divmod__(2), (7.5).__rdivmod__(2), (7).__divmod__(2.5), MyInt(9).__divmod__(4))
for a, b in [(OnlyFloor(), 2), ("x", 2), (2, "x"), ([], []), (1, None), (1, 0), (1.0, 0), (0, 0.0)]:
    try:
        print(divmod(a, b))
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
