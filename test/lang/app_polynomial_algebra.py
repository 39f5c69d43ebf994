# Polynomial class: arithmetic operators, evaluation via __call__, derivative, long division,
# pretty printing with superscripts, Newton root finding, equality and hashing, iteration
import math
from itertools import zip_longest

SUP = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


class Poly:
    __slots__ = ("c",)

    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = tuple(c) if c else (0,)

    @classmethod
    def from_roots(cls, *roots):
        p = cls(1)
        for r in roots:
            p *= cls(-r, 1)
        return p

    @property
    def degree(self):
        return -1 if self.c == (0,) else len(self.c) - 1

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, other):
        if isinstance(other, (int, float)):
            other = Poly(other)
        if not isinstance(other, Poly):
            return NotImplemented
        return Poly(*(a + b for a, b in zip_longest(self.c, other.c, fillvalue=0)))

    __radd__ = __add__

    def __neg__(self):
        return Poly(*(-a for a in self.c))

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return -self + other

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Poly(*(a * other for a in self.c))
        if not isinstance(other, Poly):
            return NotImplemented
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        if not isinstance(n, int) or n < 0:
            raise ValueError(f"exponent must be a non-negative int, got {n!r}")
        r = Poly(1)
        for _ in range(n):
            r *= self
        return r

    def __divmod__(self, other):
        if other.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        num = list(self.c)
        q = [0] * max(1, len(num) - len(other.c) + 1)
        lead = other.c[-1]
        while len(num) >= len(other.c) and any(num):
            shift = len(num) - len(other.c)
            f = num[-1] / lead if isinstance(num[-1] / lead, float) and num[-1] % lead else num[-1] // lead
            q[shift] = f
            for i, b in enumerate(other.c):
                num[shift + i] -= f * b
            num.pop()
        return Poly(*q), Poly(*num)

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def __eq__(self, other):
        if isinstance(other, (int, float)):
            other = Poly(other)
        return isinstance(other, Poly) and self.c == other.c

    def __hash__(self):
        return hash(self.c)

    def __iter__(self):
        return iter(self.c)

    def __len__(self):
        return len(self.c)

    def __bool__(self):
        return self.c != (0,)

    def deriv(self):
        return Poly(*(i * a for i, a in enumerate(self.c))[1:]) if len(self.c) > 1 else Poly(0)

    def __repr__(self):
        return f"Poly{self.c}"

    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            coef = "" if mag == 1 and i else (f"{mag:g}" if isinstance(mag, float) else str(mag))
            var = "" if i == 0 else "x" if i == 1 else "x" + str(i).translate(SUP)
            terms.append((sign, coef + var))
        first_sign, first = terms[0]
        s = ("-" if first_sign == "-" else "") + first
        for sign, t in terms[1:]:
            s += f" {sign} {t}"
        return s

    def newton(self, x0, tol=1e-12, limit=60):
        d = self.deriv()
        x = x0
        for i in range(limit):
            fx, dfx = self(x), d(x)
            if dfx == 0:
                raise ArithmeticError(f"zero derivative at x={x}")
            step = fx / dfx
            x -= step
            if abs(step) < tol:
                return x, i + 1
        raise ArithmeticError("no convergence")


p = Poly.from_roots(1, -2, 3)
q = Poly(1, 1)
print(p, "|", repr(p), "| degree", p.degree, "| p(4) =", p(4), "| roots ok:", [p(r) for r in (1, -2, 3)])
print(q ** 5)
print(p + q, "|", p - p, "|", 3 * q, "|", q * 2.5, "|", 1 - q, "|", -q)
print(p.deriv(), "|", p.deriv().deriv(), "|", Poly(7).deriv(), "|", Poly(0), Poly(0).degree)
quot, rem = divmod(p, q)
print("divmod:", quot, "|", rem, "| check:", quot * q + rem == p)
print(p // Poly(-1, 1), "|", p % Poly(-1, 1), "|", Poly(1, 0, 1) % Poly(1, 1))
for x0 in (0.0, -5.0, 10.0):
    root, steps = p.newton(x0)
    print(f"newton from {x0:>5}: {root:.10f} in {steps} steps")
try:
    Poly(1, 0, 1).newton(0.0)
except ArithmeticError as e:
    print("ArithmeticError:", e)
try:
    divmod(p, Poly(0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for bad in (-1, 2.5):
    try:
        q ** bad
    except ValueError as e:
        print("ValueError:", e)
try:
    p + "x"
except TypeError as e:
    print("TypeError:", e)
print(len({Poly(1, 2), Poly(1, 2, 0), Poly(2, 1)}), Poly(3) == 3, bool(Poly(0)), list(Poly(1, 2, 3)), len(p), max(p), sum(p))
cheb = [Poly(1), Poly(0, 1)]
for n in range(2, 7):
    cheb.append(Poly(0, 2) * cheb[-1] - cheb[-2])
for n, t in enumerate(cheb):
    print(f"T{n}(x) = {t}  T{n}(cos 0.3) = {t(math.cos(0.3)):.12f} cos({n}*0.3) = {math.cos(n * 0.3):.12f}")
print(Poly(0.5, -1.25, 2.0), "|", Poly(-1), "|", Poly(0, -1), "|", Poly(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1))
