import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print([heapq.heappop(data) for _ in range(len(data))])
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print('IndexError', e)
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'eat')]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))
print(heapq.heappushpop([], 5))
