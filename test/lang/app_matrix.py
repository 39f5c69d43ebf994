# Realistic: matrix operations with a small Matrix class (exact arithmetic via Fraction-free ints/floats)
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __repr__(self):
        width = max(len(repr(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(repr(v).rjust(width) for v in r) + "]" for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return self @ k
        return Matrix([[v * k for v in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, e):
        result, base = Matrix.identity(self.n), self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result

    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        if self.n != self.m:
            raise ValueError("determinant of non-square matrix")
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j, v in enumerate(self.rows[0]):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * v * minor.det()
        return total

    def trace(self):
        return sum(self.rows[i][i] for i in range(min(self.n, self.m)))

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A - B, 2 * A, A * B, sep="\n--\n")
print("A^T:\n" + repr(A.T()))
print("det", A.det(), "trace", A.trace(), "A == A^T^T", A == A.T().T())
F = Matrix([[1, 1], [1, 0]])
print("F^50 top-left (fib 51):", (F ** 50).rows[0][0])
M = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print("det M", M.det(), "det M^2", (M @ M).det(), "det I4", Matrix.identity(4).det())
R = Matrix([[1, 2, 3], [4, 5, 6]])
print(R @ R.T())
print(R.T() @ R)
H = Matrix([[1 / (i + j + 1) for j in range(3)] for i in range(3)])
print(round(H.det(), 10), H.trace())
for bad in [lambda: R @ R, lambda: Matrix([[1, 2], [3]]), lambda: R.det()]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
