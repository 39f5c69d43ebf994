import heapq


class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f'Job({self.prio}, {self.name!r})'


jobs = [Job(3, 'c'), Job(1, 'a'), Job(2, 'b'), Job(1, 'a2'), Job(5, 'e')]
heapq.heapify(jobs)
print(jobs)
heapq.heappush(jobs, Job(0, 'z'))
print(jobs)
print([heapq.heappop(jobs) for _ in range(3)])
maxh = []
for x in [4, 9, 1, 7]:
    heapq.heappush(maxh, -x)
print([-heapq.heappop(maxh) for _ in range(4)])
print(heapq.nsmallest(2, [Job(4, 'd'), Job(2, 'b'), Job(3, 'c')]))
try:
    heapq.heappush([1], 'a')
except TypeError as e:
    print('TypeError', e)
