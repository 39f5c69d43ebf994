# any and all
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any([0, 0, 1]), all([1, 1, 0]), any("abc"), all(""))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)))
checked = []
def check(x):
    checked.append(x)
    return x > 2
print(any(check(x) for x in [1, 2, 3, 4, 5]), checked)
checked.clear()
print(all(check(x) for x in [5, 4, 1, 9]), checked)
grid = [[1, 2], [3, 0], [5, 6]]
print(all(all(row) for row in grid), any(0 in row for row in grid))
print([i for i, row in enumerate(grid) if not all(row)])
words = ["Apple", "banana", "Cherry"]
print(any(w[0].isupper() for w in words), all(w[0].isupper() for w in words))
print(all(isinstance(x, int) for x in [1, True, 2]), any(isinstance(x, str) for x in [1, 2.0]))
print(any([[]]), any([[], [0]]), all([[], [0]]))
