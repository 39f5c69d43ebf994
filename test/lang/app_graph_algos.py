# Realistic: graph algorithms — BFS, DFS, topological sort, Dijkstra with a sorted-list frontier
from collections import deque, defaultdict

edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
         ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("G", "H", 1)]
graph = defaultdict(list)
for a, b, w in edges:
    graph[a].append((b, w))
    graph[b].append((a, w))

def bfs(start):
    seen, order, q = {start}, [], deque([start])
    dist = {start: 0}
    while q:
        node = q.popleft()
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                dist[nxt] = dist[node] + 1
                q.append(nxt)
    return order, dist

def dfs(start, seen=None):
    seen = [] if seen is None else seen
    seen.append(start)
    for nxt, _ in sorted(graph[start]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    frontier = [(0, src)]
    done = set()
    while frontier:
        frontier.sort(reverse=True)
        d, node = frontier.pop()
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                frontier.append((nd, nxt))
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

print(bfs("A"))
print(dfs("A"))
dist, prev = dijkstra("A")
for node in sorted(dist):
    print(node, dist[node], "->".join(path(prev, node)))
print("unreachable H:", "H" in dist)

deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": [], "tests": ["app"]}
def toposort(deps):
    indeg = {k: 0 for k in deps}
    users = defaultdict(list)
    for k, vs in deps.items():
        for v in vs:
            indeg[k] += 1
            users[v].append(k)
    ready = sorted(k for k, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(deps):
        raise ValueError("cycle detected")
    return order
print(toposort(deps))
deps["core"] = ["tests"]
try:
    toposort(deps)
except ValueError as e:
    print("ValueError:", e)
components = []
seen_all = set()
for n in sorted(graph):
    if n not in seen_all:
        comp = dfs(n)
        seen_all.update(comp)
        components.append(sorted(comp))
print(components)
