# C3 MRO and super() in a diamond
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print([k.__name__ for k in D.__mro__])
print(D().who())

class X: pass
class Y: pass
class Z: pass
class P(X, Y): pass
class Q(Y, Z): pass
class R(P, Q): pass
print([k.__name__ for k in R.__mro__])

class O: pass
class F(O): pass
class E(O): pass
class DD(O): pass
class K1(DD, F): pass  # noqa
class K2(DD, E): pass
class Zed(K1, K2): pass
print([k.__name__ for k in Zed.mro()])

class Init:
    def __init__(self):
        print("Init")
class L(Init):
    def __init__(self):
        print("L in")
        super().__init__()
        print("L out")
class Rt(Init):
    def __init__(self):
        print("Rt in")
        super().__init__()
        print("Rt out")
class Bottom(L, Rt):
    def __init__(self):
        print("Bottom in")
        super().__init__()
        print("Bottom out")
Bottom()
try:
    class Bad(A, B): pass
except TypeError as e:
    print("TypeError:", e)
