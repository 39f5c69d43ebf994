"""Depth-first maze exploration with LifoQueue workers; results gathered with a Counter."""
import asyncio
from collections import Counter, defaultdict

MAZE = [
    "S.#.....",
    ".##.###.",
    "....#...",
    "#.#...#E",
]


def neighbours(r: int, c: int):
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(MAZE) and 0 <= nc < len(MAZE[0]) and MAZE[nr][nc] != "#":
            yield nr, nc


async def explorer(name: str, stack: asyncio.LifoQueue, seen: set, visits: Counter, parent: dict) -> None:
    while True:
        pos = await stack.get()
        try:
            if pos is None:
                return
            visits[name] += 1
            await asyncio.sleep(0.001)
            for nb in neighbours(*pos):
                if nb not in seen:
                    seen.add(nb)
                    parent[nb] = pos
                    stack.put_nowait(nb)
        finally:
            stack.task_done()


def path_to(parent: dict, end):
    path = [end]
    while path[-1] in parent:
        path.append(parent[path[-1]])
    return path[::-1]


async def main():
    start = (0, 0)
    end = next((r, row.index("E")) for r, row in enumerate(MAZE) if "E" in row)
    stack: asyncio.LifoQueue = asyncio.LifoQueue()
    seen = {start}
    visits: Counter[str] = Counter()
    parent: dict = {}
    stack.put_nowait(start)
    workers = [asyncio.create_task(explorer(f"e{i}", stack, seen, visits, parent)) for i in range(3)]
    await stack.join()
    for _ in workers:
        stack.put_nowait(None)
    await asyncio.gather(*workers)
    print("reachable cells:", len(seen))
    print("visits:", sorted(visits.items()), "most:", visits.most_common(1)[0][1])
    p = path_to(parent, end)
    print("path length:", len(p) - 1)
    grid = [list(row) for row in MAZE]
    for r, c in p[1:-1]:
        grid[r][c] = "*"
    print("\n".join("".join(row) for row in grid))
    by_row = defaultdict(list)
    for r, c in sorted(seen):
        by_row[r].append(c)
    print(dict(by_row))


asyncio.run(main())
