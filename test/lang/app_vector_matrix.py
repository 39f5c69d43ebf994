# Operator overloading: Vector, Matrix with __matmul__, Fraction-like Rational with total_ordering
from functools import total_ordering
import math
import operator


class Vector:
    __slots__ = ("_c",)

    def __init__(self, *comps):
        self._c = tuple(float(c) for c in comps)

    def __len__(self):
        return len(self._c)

    def __iter__(self):
        return iter(self._c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self._c[i])
        return self._c[i]

    def __repr__(self):
        return f"Vector({', '.join(format(c, 'g') for c in self._c)})"

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __hash__(self):
        return hash(self._c)

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*(-a for a in self))

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(*(a * k for a in self))
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))

    def __abs__(self):
        return math.hypot(*self)

    def __bool__(self):
        return any(self._c)

    def __format__(self, spec):
        return "<" + ", ".join(format(c, spec) for c in self) + ">"


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0

    def T(self):
        return Matrix(zip(*self.rows))

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(*(sum(a * b for a, b in zip(r, other)) for r in self.rows))
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __eq__(self, other):
        return self.rows == other.rows

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(w) for x in r) + "]" for r in self.rows)

    def det(self):
        n = self.shape[0]
        if n == 1:
            return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(n))


@total_ordering
class Rational:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Rational(%d, 0)" % num)
        g = math.gcd(num, den)
        s = -1 if den < 0 else 1
        self.num, self.den = s * num // g, s * den // g

    def __repr__(self):
        return f"Rational({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Rational) else Rational(x) if isinstance(x, int) else None

    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Rational(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Rational(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return self * Rational(o.den, o.num)

    def __rtruediv__(self, o):
        return Rational(o) / self

    def __eq__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __round__(self, nd=None):
        return round(float(self), nd)


v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, v - w, 2 * v, v * 0.5, v @ w, abs(Vector(3, 4)), -v, v[1:], v[-1], len(v))
print(f"{v:.2f}", f"{w:>5.1f}", bool(Vector(0, 0)), Vector(1, 2) == Vector(1.0, 2.0), {v: 1}[Vector(1, 2, 3)])
for op in (lambda: v + Vector(1), lambda: v + 1, lambda: "a" * v, lambda: v @ 3):
    try:
        print(op())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B, (A @ B).shape, sep="\n")
print(A.T(), A @ Vector(1, 1), sep="\n")
F = Matrix([[1, 1], [1, 0]])
print((F ** 50).rows[0][1], F ** 0 == Matrix.identity(2))
C = Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]])
print(C.det(), Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]]).det())
C @= Matrix.identity(3)
print(C)
try:
    A @ C
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1], [1, 2]])
except ValueError as e:
    print("ValueError:", e)

h = Rational(1, 2)
t = Rational(1, 3)
print(h + t, h * t, h / t, 1 + h, 3 * t, 1 / h, h - 0 if False else h, repr(Rational(6, -8)))
print(sorted([Rational(3, 4), h, t, Rational(5, 6), 1]), h >= t, h <= Rational(2, 4), h == 0.5, max(h, t))
print(sum([Rational(1, n) for n in range(1, 11)], Rational(0)), float(Rational(22, 7)), int(Rational(-7, 2)), round(Rational(22, 7), 3))
print(len({Rational(1, 2), Rational(2, 4), Rational(3, 6)}))
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    h < "x"
except TypeError as e:
    print("TypeError:", e)
print(operator.add(h, t), operator.matmul(v, w), operator.neg(v), operator.index(5))
