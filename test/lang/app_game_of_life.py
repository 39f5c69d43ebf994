# Realistic: Conway's Game of Life on a small torus and on an unbounded set of small-int cells
def step(grid):
    h, w = len(grid), len(grid[0])
    new = []
    for y in range(h):
        row = []
        for x in range(w):
            n = sum(grid[(y + dy) % h][(x + dx) % w]
                    for dy in (-1, 0, 1) for dx in (-1, 0, 1) if (dy, dx) != (0, 0))
            row.append(1 if n == 3 or (n == 2 and grid[y][x]) else 0)
        new.append(row)
    return new

def show(grid, gen):
    print(f"generation {gen}: population {sum(map(sum, grid))}")
    for row in grid:
        print("".join("#" if c else "." for c in row))

def parse(pattern, h, w, oy=1, ox=1):
    grid = [[0] * w for _ in range(h)]
    for y, line in enumerate(pattern.strip().splitlines()):
        for x, ch in enumerate(line):
            if ch == "#":
                grid[oy + y][ox + x] = 1
    return grid

glider = parse("""
.#.
..#
###
""", 8, 8)
for gen in range(5):
    show(glider, gen)
    glider = step(glider)

blinker = parse("###", 5, 5, 2, 1)
history = []
g = blinker
for gen in range(4):
    key = tuple(map(tuple, g))
    if key in history:
        print(f"blinker repeats at gen {gen}, period {gen - history.index(key)}")
        break
    history.append(key)
    g = step(g)

def step_set(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    counts[(x + dx, y + dy)] = counts.get((x + dx, y + dy), 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}

r_pentomino = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
cells = r_pentomino
pops = []
for _ in range(60):
    cells = step_set(cells)
    pops.append(len(cells))
print(pops)
xs = [x for x, _ in cells]
ys = [y for _, y in cells]
print("bounding box", min(xs), min(ys), max(xs), max(ys), "cells", len(cells))
print(sorted(cells)[:8])
