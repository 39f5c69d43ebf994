import heapq

graph = {
    'A': [('B', 7), ('C', 9), ('F', 14)],
    'B': [('A', 7), ('C', 10), ('D', 15)],
    'C': [('A', 9), ('B', 10), ('D', 11), ('F', 2)],
    'D': [('B', 15), ('C', 11), ('E', 6)],
    'E': [('D', 6), ('F', 9)],
    'F': [('A', 14), ('C', 2), ('E', 9)],
}


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    pops = 0
    while pq:
        d, u = heapq.heappop(pq)
        pops += 1
        if d > dist.get(u, float('inf')):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev, pops


dist, prev, pops = dijkstra('A')
print(sorted(dist.items()), pops)
node, path = 'E', []
while node != 'A':
    path.append(node)
    node = prev[node]
print(['A'] + path[::-1])
# heap sort
import random
random.seed(7)
rng = random
xs = [rng.random() for _ in range(8)]
h = []
for x in xs:
    heapq.heappush(h, x)
print([round(heapq.heappop(h), 4) for _ in range(len(xs))] == sorted(round(x, 4) for x in xs))
