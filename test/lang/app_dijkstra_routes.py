# Graph algorithms: Dijkstra with heapq, BFS, DFS, topological sort, union-find, Floyd-Warshall
import heapq
from collections import deque, defaultdict, namedtuple
import math

Edge = namedtuple("Edge", "src dst weight")

EDGES = [Edge(*e) for e in [
    ("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
    ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("F", "G", 1), ("H", "I", 2),
]]


class Graph:
    def __init__(self, edges, directed=False):
        self.adj = defaultdict(list)
        self.nodes = set()
        for e in edges:
            self.adj[e.src].append((e.dst, e.weight))
            if not directed:
                self.adj[e.dst].append((e.src, e.weight))
            self.nodes |= {e.src, e.dst}

    def dijkstra(self, start):
        dist = {n: math.inf for n in self.nodes}
        prev = {}
        dist[start] = 0
        pq = [(0, start)]
        pops = 0
        while pq:
            d, u = heapq.heappop(pq)
            pops += 1
            if d > dist[u]:
                continue
            for v, w in sorted(self.adj[u]):
                nd = d + w
                if nd < dist[v]:
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(pq, (nd, v))
        return dist, prev, pops

    def path(self, prev, target):
        out = [target]
        while out[-1] in prev:
            out.append(prev[out[-1]])
        return out[::-1]

    def bfs(self, start):
        seen, order, q = {start}, [], deque([start])
        while q:
            u = q.popleft()
            order.append(u)
            for v, _ in sorted(self.adj[u]):
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        return order

    def dfs(self, start, seen=None):
        seen = seen if seen is not None else []
        seen.append(start)
        for v, _ in sorted(self.adj[start]):
            if v not in seen:
                self.dfs(v, seen)
        return seen


def toposort(deps):
    indeg = {k: 0 for k in deps}
    for k, vs in deps.items():
        for v in vs:
            indeg.setdefault(v, 0)
            indeg[v] += 1
    ready = sorted(k for k, d in indeg.items() if d == 0)
    heapq.heapify(ready)
    out = []
    while ready:
        n = heapq.heappop(ready)
        out.append(n)
        for m in deps.get(n, ()):
            indeg[m] -= 1
            if indeg[m] == 0:
                heapq.heappush(ready, m)
    if len(out) != len(indeg):
        cyc = sorted(k for k, d in indeg.items() if d > 0)
        raise ValueError(f"cycle among {cyc}")
    return out


class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.rank[ra] += self.rank[ra] == self.rank[rb]
        return True


g = Graph(EDGES)
dist, prev, pops = g.dijkstra("A")
for n in sorted(dist):
    d = dist[n]
    print(f"{n}: {d!s:>4} via {'->'.join(g.path(prev, n)) if d < math.inf else '-'}")
print("pops", pops)
print("bfs", g.bfs("A"), "dfs", g.dfs("A"))
dg = Graph(EDGES, directed=True)
print("directed", sorted(dg.dijkstra("B")[0].items()))

deps = {"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"], "belt": ["jacket"],
        "socks": ["shoes"], "undershorts": ["pants", "shoes"], "watch": []}
print(toposort(deps))
deps["jacket"] = ["shirt"]
try:
    toposort(deps)
except ValueError as e:
    print("error:", e)

# Kruskal MST
dsu = DSU(sorted(g.nodes))
mst = [e for e in sorted(EDGES, key=lambda e: (e.weight, e.src)) if dsu.union(e.src, e.dst)]
print("mst", [(e.src, e.dst) for e in mst], sum(e.weight for e in mst))
comps = defaultdict(list)
for n in sorted(g.nodes):
    comps[dsu.find(n)].append(n)
print("components", sorted(comps.values()))

# Floyd-Warshall on a small matrix
INF = float("inf")
W = [[0, 3, INF, 7], [8, 0, 2, INF], [5, INF, 0, 1], [2, INF, INF, 0]]
n = len(W)
D = [row[:] for row in W]
for k in range(n):
    for i in range(n):
        for j in range(n):
            if D[i][k] + D[k][j] < D[i][j]:
                D[i][j] = D[i][k] + D[k][j]
for row in D:
    print(" ".join(f"{x:>4}" for x in row))
print(W[0], INF > 10**300, -INF, INF - INF, math.isnan(INF - INF))
print(heapq.nsmallest(3, EDGES, key=lambda e: e.weight), heapq.nlargest(2, [5, 1, 9, 3]))
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, -x)
print([-heapq.heappop(h) for _ in range(3)], heapq.heappushpop(h, -10), heapq.heapreplace(h, 0), h)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), EDGES[0]._asdict(), EDGES[0]._replace(weight=0))
