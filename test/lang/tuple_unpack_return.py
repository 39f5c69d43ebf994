# Returning and unpacking tuples, tuple as dict keys and records
def min_max_avg(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = min_max_avg([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
res = min_max_avg([1, 2])
print(res, type(res).__name__, res[2])
def divmod_all(pairs):
    return tuple(divmod(a, b) for a, b in pairs)
print(divmod_all([(7, 2), (9, 3), (-7, 2)]))
grid = {}
for r in range(3):
    for c in range(3):
        grid[r, c] = r * 3 + c
print(grid[1, 2], grid[(2, 0)], sorted(k for k, v in grid.items() if v % 4 == 0))
records = [("ann", 31, "oslo"), ("bob", 25, "rome"), ("cy", 31, "oslo")]
for name, age, city in sorted(records, key=lambda t: (t[1], t[0])):
    print(f"{name:<4}{age:>3} {city}")
by_city = {}
for name, _, city in records:
    by_city[city] = by_city.get(city, ()) + (name,)
print(by_city)
t = (1, 2, 3)
a, *_ = t
*_, z = t
print(a, z, t[::-1], t.index(2), t * 2 == (1, 2, 3, 1, 2, 3))
def swap_pairs(seq):
    return [(b, a) for a, b in seq]
print(swap_pairs([(1, "x"), (2, "y")]))
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2))), (1, 2) + (3,) * 2)
