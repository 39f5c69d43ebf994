print(repr(object.__setattr__))
print(repr(object.__init__), repr(object.__eq__), repr(object.__repr__))
print(repr(list.append), repr(dict.get), repr(str.join), repr(int.__add__))
print(repr(type.__call__), repr(object.__getattribute__), repr(object.__hash__), repr(object.__str__))
print(repr(object.__delattr__), repr(object.__ne__), repr(object.__lt__), repr(object.__format__))
print(list.append.__qualname__, object.__setattr__.__qualname__, object.__init__.__name__)
print(repr(float.__mul__), repr(int.__neg__), repr(list.__len__), repr(list.__getitem__), repr(dict.__getitem__))

class Money(int):
    def __add__(self, other):
        return Money(super().__add__(other))
    def __sub__(self, other):
        r = super().__sub__(other)
        return r if r is NotImplemented else Money(r)
    def __repr__(self):
        return f'Money({int(self)})'
m = Money(5) + 3
print(m, type(m).__name__, Money(5) - 1, 3 + Money(4), type(3 + Money(4)).__name__)
print(Money(5).__sub__(2.5))
print(int.__add__(2, 3), int.__radd__(2, 3), int.__sub__(2, 3), int.__rsub__(2, 3), int.__mul__(4, 5))
print(int.__add__(2, 1.5), int.__truediv__(7, 2), int.__floordiv__(7, 2), int.__mod__(-7, 2), int.__pow__(2, 10))
print(int.__lshift__(1, 70), int.__and__(12, 10), int.__or__(12, 10), int.__xor__(12, 10), int.__neg__(5), int.__invert__(5))
print(float.__add__(1.5, 2), float.__radd__(1.5, 2), float.__rsub__(1.5, 2), float.__mul__(1.5, 'x'), float.__neg__(2.0))
print((3).__add__(4), (2.5).__mul__(2), (5).__bool__(), (0.0).__bool__(), True.__add__(True))
class Meters(float):
    def __mul__(self, k):
        return Meters(super().__mul__(k))
    def __rmul__(self, k):
        return Meters(super().__rmul__(k))
    def __repr__(self):
        return f'{float(self)}m'
print(Meters(1.5) * 2, 2 * Meters(1.5), Meters(2.0) + 1, type(Meters(2.0) + 1).__name__)
print(abs(Money(-3)), -Money(3), +Money(3), ~Money(3), round(Meters(2.567), 1))
