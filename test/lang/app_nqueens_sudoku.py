# Realistic: backtracking search — N-Queens counts and a small sudoku solver
def queens(n):
    solutions = []
    cols, d1, d2 = set(), set(), set()
    placed = []
    def place(r):
        if r == n:
            solutions.append(placed[:])
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); placed.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); placed.pop()
    place(0)
    return solutions

for n in range(1, 9):
    print(n, len(queens(n)))
first = queens(6)[0]
for c in first:
    print("".join("Q" if i == c else "." for i in range(6)))

puzzle = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
grid = [[int(ch) if ch != "." else 0 for ch in line] for line in puzzle.split()]
steps = 0
def candidates(r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [v for v in range(1, 10) if v not in used]

def solve():
    global steps
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cand = candidates(r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for v in cand:
        steps += 1
        grid[r][c] = v
        if solve():
            return True
    grid[r][c] = 0
    return False

print("solved:", solve(), "steps:", steps)
for row in grid:
    print(" ".join(map(str, row)))
print(all(sorted(row) == list(range(1, 10)) for row in grid),
      all(sorted(grid[r][c] for r in range(9)) == list(range(1, 10)) for c in range(9)))
