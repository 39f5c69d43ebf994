# Word ladder and word games: BFS over one-letter neighbours with wildcard buckets, bidirectional
# search, all shortest paths, anagram and palindrome checks, Boggle-style grid search, scoring tables
from collections import defaultdict, deque
import itertools

WORDS = """cold cord card ward warm word worm wore core bore bard bird bind band hand hard herd here hare care
cane lane line fine fire hire wire wise wide ride rode code cope copy cozy dozy doze done bone cone cole
hole pole pale pile pine mine mind wind wand want cant cart wart dart dare date gate game came come dome
home hose nose rose rise risk disk dish wish fish fist mist most must mast cast case cave gave give live""".split()


def buckets(words):
    b = defaultdict(list)
    for w in words:
        for i in range(len(w)):
            b[w[:i] + "_" + w[i + 1:]].append(w)
    return b


B = buckets(WORDS)


def neighbours(w):
    for i in range(len(w)):
        for n in B[w[:i] + "_" + w[i + 1:]]:
            if n != w:
                yield n


def ladder(start, goal):
    if start not in WORDS or goal not in WORDS:
        raise KeyError(f"unknown word: {start if start not in WORDS else goal}")
    prev = {start: None}
    q = deque([start])
    while q:
        w = q.popleft()
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for n in sorted(neighbours(w)):
            if n not in prev:
                prev[n] = w
                q.append(n)
    return None


def all_shortest(start, goal):
    dist = {start: 0}
    parents = defaultdict(set)
    frontier = [start]
    while frontier and goal not in dist:
        nxt = []
        for w in frontier:
            for n in neighbours(w):
                if n not in dist:
                    dist[n] = dist[w] + 1
                    nxt.append(n)
                if dist.get(n) == dist[w] + 1:
                    parents[n].add(w)
        frontier = sorted(set(nxt))
    if goal not in dist:
        return []

    def build(w):
        if w == start:
            return [[start]]
        return [p + [w] for par in sorted(parents[w]) for p in build(par)]
    return build(goal)


def bidirectional(start, goal):
    if start == goal:
        return 0
    front, back = {start}, {goal}
    seen = {start, goal}
    steps = 0
    while front and back:
        steps += 1
        if len(front) > len(back):
            front, back = back, front
        nxt = set()
        for w in front:
            for n in neighbours(w):
                if n in back:
                    return steps
                if n not in seen:
                    seen.add(n)
                    nxt.add(n)
        front = nxt
    return -1


for a, b in [("cold", "warm"), ("fish", "dome"), ("hand", "foot"), ("cope", "cozy"), ("live", "live"), ("fire", "hose")]:
    try:
        path = ladder(a, b)
        print(f"{a}->{b}: {' > '.join(path) if path else 'no path'} ({len(path) - 1 if path else '-'} steps, bidi {bidirectional(a, b)})")
    except KeyError as e:
        print(f"{a}->{b}: KeyError {e}")
paths = all_shortest("cold", "warm")
print(len(paths), "shortest cold->warm paths:")
for p in paths[:6]:
    print("  ", "-".join(p))
degree = sorted(((len(set(neighbours(w))), w) for w in WORDS), reverse=True)
print("most connected", degree[:5], "isolated", sorted(w for d, w in degree if d == 0))
comp, seen = [], set()
for w in sorted(WORDS):
    if w in seen:
        continue
    group, q = [], [w]
    seen.add(w)
    while q:
        x = q.pop()
        group.append(x)
        for n in neighbours(x):
            if n not in seen:
                seen.add(n)
                q.append(n)
    comp.append(sorted(group))
print("components", len(comp), sorted(map(len, comp), reverse=True)[:5])
anagrams = defaultdict(list)
for w in WORDS:
    anagrams["".join(sorted(w))].append(w)
print("anagram sets", sorted(v for v in anagrams.values() if len(v) > 1))

GRID = ["cdoe", "oalr", "rwme", "dbit"]


def grid_words(grid, words):
    R, C = len(grid), len(grid[0])
    found = set()
    prefixes = {w[:i] for w in words for i in range(1, len(w) + 1)}

    def dfs(r, c, path, used):
        path += grid[r][c]
        if path not in prefixes:
            return
        if path in words:
            found.add(path)
        for dr, dc in itertools.product((-1, 0, 1), repeat=2):
            nr, nc = r + dr, c + dc
            if (dr or dc) and 0 <= nr < R and 0 <= nc < C and (nr, nc) not in used:
                dfs(nr, nc, path, used | {(nr, nc)})

    for r in range(R):
        for c in range(C):
            dfs(r, c, "", {(r, c)})
    return sorted(found)


print("grid words", grid_words(GRID, set(WORDS)))
SCORES = dict(zip("abcdefghijklmnopqrstuvwxyz", [1, 3, 3, 2, 1, 4, 2, 4, 1, 8, 5, 1, 3, 1, 1, 3, 10, 1, 1, 1, 1, 4, 4, 8, 4, 10]))
best = sorted(WORDS, key=lambda w: (-sum(SCORES[c] for c in w), w))[:5]
print("top scrabble", [(w, sum(map(SCORES.get, w))) for w in best])
