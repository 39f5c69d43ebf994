# Maze generation (seeded DFS) and solving with BFS and A*; grid rendering with str.join
import random
import heapq
from collections import deque

W, H = 12, 8
rng = random.Random(1234)


def make_maze(w, h):
    grid = [["#"] * (2 * w + 1) for _ in range(2 * h + 1)]
    stack = [(0, 0)]
    seen = {(0, 0)}
    grid[1][1] = " "
    while stack:
        x, y = stack[-1]
        nbrs = [(x + dx, y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                if 0 <= x + dx < w and 0 <= y + dy < h and (x + dx, y + dy) not in seen]
        if not nbrs:
            stack.pop()
            continue
        nx, ny = rng.choice(nbrs)
        grid[y + ny + 1][x + nx + 1] = " "
        grid[2 * ny + 1][2 * nx + 1] = " "
        seen.add((nx, ny))
        stack.append((nx, ny))
    # knock out a few extra walls to create loops
    for _ in range(6):
        r = rng.randrange(1, 2 * h)
        c = rng.randrange(1, 2 * w)
        if grid[r][c] == "#" and (r % 2) != (c % 2):
            grid[r][c] = " "
    return grid


def neighbors(grid, r, c):
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if grid[nr][nc] != "#":
            yield nr, nc


def bfs(grid, start, goal):
    prev = {start: None}
    q = deque([start])
    expanded = 0
    while q:
        cur = q.popleft()
        expanded += 1
        if cur == goal:
            break
        for nb in neighbors(grid, *cur):
            if nb not in prev:
                prev[nb] = cur
                q.append(nb)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev.get(node)
    return path[::-1], expanded


def astar(grid, start, goal):
    def h(p):
        return abs(p[0] - goal[0]) + abs(p[1] - goal[1])

    g = {start: 0}
    prev = {}
    openq = [(h(start), 0, start)]
    closed = set()
    expanded = 0
    while openq:
        f, cost, cur = heapq.heappop(openq)
        if cur in closed:
            continue
        closed.add(cur)
        expanded += 1
        if cur == goal:
            break
        for nb in neighbors(grid, *cur):
            nc = cost + 1
            if nc < g.get(nb, float("inf")):
                g[nb] = nc
                prev[nb] = cur
                heapq.heappush(openq, (nc + h(nb), nc, nb))
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    return path[::-1], expanded


maze = make_maze(W, H)
start, goal = (1, 1), (2 * H - 1, 2 * W - 1)
p1, e1 = bfs(maze, start, goal)
p2, e2 = astar(maze, start, goal)
print(f"bfs: length {len(p1)}, expanded {e1}; astar: length {len(p2)}, expanded {e2}; same length: {len(p1) == len(p2)}")
shown = [row[:] for row in maze]
for r, c in p2:
    shown[r][c] = "."
shown[start[0]][start[1]] = "S"
shown[goal[0]][goal[1]] = "G"
print("\n".join("".join(row) for row in shown))
walls = sum(row.count("#") for row in maze)
print(f"walls {walls}, open {len(maze) * len(maze[0]) - walls}, ratio {walls / (len(maze) * len(maze[0])):.3f}")
turns = sum(1 for a, b, c in zip(p2, p2[1:], p2[2:]) if (b[0] - a[0], b[1] - a[1]) != (c[0] - b[0], c[1] - b[1]))
print("turns", turns, "first steps", p2[:5], "dead ends",
      sum(1 for r in range(1, 2 * H, 2) for c in range(1, 2 * W, 2) if len(list(neighbors(maze, r, c))) == 1))
transposed = ["".join(col) for col in zip(*maze)]
print(transposed[1][:10], len(transposed), len(transposed[0]))
