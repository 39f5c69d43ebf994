from collections import deque

graph = {
    'a': ['b', 'c'],
    'b': ['d'],
    'c': ['d', 'e'],
    'd': ['f'],
    'e': ['f'],
    'f': [],
}


def bfs(start):
    seen = {start: 0}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                q.append(nxt)
    return order, seen


order, dist = bfs('a')
print(order)
print(sorted(dist.items()))

# sliding window maximum with a monotonic deque
nums = [1, 3, -1, -3, 5, 3, 6, 7]
k = 3
dq = deque()
out = []
for i, n in enumerate(nums):
    while dq and nums[dq[-1]] <= n:
        dq.pop()
    dq.append(i)
    if dq[0] <= i - k:
        dq.popleft()
    if i >= k - 1:
        out.append(nums[dq[0]])
print(out)

# round robin via rotate
players = deque(['ann', 'bob', 'cy'])
for turn in range(5):
    print(turn, players[0])
    players.rotate(-1)
print(players)
