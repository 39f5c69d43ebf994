# Linear algebra with plain lists: Gaussian elimination with partial pivoting, determinant, inverse,
# least squares line fit, power iteration, matrix pretty printing, singular-matrix errors
import math


class SingularMatrix(ArithmeticError):
    pass


def fmt_matrix(M, prec=4):
    cells = [[f"{x:.{prec}f}" if isinstance(x, float) else str(x) for x in row] for row in M]
    w = max(len(c) for row in cells for c in row)
    return "\n".join("| " + "  ".join(c.rjust(w) for c in row) + " |" for row in cells)


def solve(A, b):
    n = len(A)
    M = [list(map(float, row)) + [float(bv)] for row, bv in zip(A, b)]
    swaps = 0
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(M[r][col]))
        if abs(M[pivot][col]) < 1e-12:
            raise SingularMatrix(f"matrix is singular (column {col})")
        if pivot != col:
            M[col], M[pivot] = M[pivot], M[col]
            swaps += 1
        for r in range(col + 1, n):
            f = M[r][col] / M[col][col]
            for c in range(col, n + 1):
                M[r][c] -= f * M[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (M[r][n] - sum(M[r][c] * x[c] for c in range(r + 1, n))) / M[r][r]
    return x, swaps


def det(A):
    n = len(A)
    M = [list(map(float, row)) for row in A]
    sign = 1.0
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(M[r][col]))
        if M[pivot][col] == 0:
            return 0.0
        if pivot != col:
            M[col], M[pivot] = M[pivot], M[col]
            sign = -sign
        for r in range(col + 1, n):
            f = M[r][col] / M[col][col]
            for c in range(col, n):
                M[r][c] -= f * M[col][c]
    return sign * math.prod(M[i][i] for i in range(n))


def inverse(A):
    n = len(A)
    cols = [solve(A, [1 if i == j else 0 for i in range(n)])[0] for j in range(n)]
    return [list(row) for row in zip(*cols)]


def matmul(A, B):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]


def least_squares(points):
    n = len(points)
    sx = sum(p[0] for p in points)
    sy = sum(p[1] for p in points)
    sxx = sum(p[0] ** 2 for p in points)
    sxy = sum(p[0] * p[1] for p in points)
    (m, c), _ = solve([[sxx, sx], [sx, n]], [sxy, sy])
    ss_res = sum((y - (m * x + c)) ** 2 for x, y in points)
    mean_y = sy / n
    ss_tot = sum((y - mean_y) ** 2 for _, y in points)
    return m, c, 1 - ss_res / ss_tot


def power_iteration(A, steps=200):
    v = [1.0] * len(A)
    lam = 0.0
    for _ in range(steps):
        w = [sum(a * b for a, b in zip(row, v)) for row in A]
        norm = math.sqrt(sum(x * x for x in w))
        v = [x / norm for x in w]
        lam = sum(v[i] * sum(A[i][j] * v[j] for j in range(len(v))) for i in range(len(v)))
    return lam, v


A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
b = [8, -11, -3]
x, swaps = solve(A, b)
print("solution", [round(v, 10) for v in x], "swaps", swaps, "residual", max(abs(sum(a * xi for a, xi in zip(row, x)) - bi) for row, bi in zip(A, b)))
print("det", det(A), det([[1, 2], [2, 4]]), det([[0, 1], [1, 0]]), round(det([[4, 3, 2, 1], [3, 4, 3, 2], [2, 3, 4, 3], [1, 2, 3, 4]]), 9))
inv = inverse(A)
print(fmt_matrix(inv))
ident = matmul(A, inv)
print(fmt_matrix([[round(v, 12) + 0.0 for v in row] for row in ident], 1))
H = [[1 / (i + j + 1) for j in range(4)] for i in range(4)]
print(fmt_matrix(H, 5))
print("hilbert det %.6e" % det(H), "cond-ish", max(abs(v) for row in inverse(H) for v in row))
for bad in ([[1, 2], [2, 4]], [[0, 0], [0, 0]]):
    try:
        solve(bad, [1, 2])
    except SingularMatrix as e:
        print(type(e).__name__, e, isinstance(e, ArithmeticError))
pts = [(1, 2.1), (2, 3.9), (3, 6.2), (4, 7.8), (5, 10.1), (6, 12.2)]
m, c, r2 = least_squares(pts)
print(f"fit y = {m:.4f}x {'+' if c >= 0 else '-'} {abs(c):.4f}  R^2={r2:.5f}")
lam, v = power_iteration([[2, 1], [1, 3]])
print(f"dominant eigenvalue {lam:.10f} expected {(5 + math.sqrt(5)) / 2:.10f} vector {[round(t, 6) for t in v]}")
T = list(map(list, zip(*A)))
print(T, [sum(r) for r in A], [sum(c) for c in zip(*A)], sum(A[i][i] for i in range(3)), [row[::-1] for row in A][::-1])
print(fmt_matrix([[1, -2.5, 3e-5], [1e6, 0, -0.0]], 2))
