import asyncio
import copy
import heapq
import bisect
import random

class Node:
    def __init__(self, v, children=None):
        self.v = v
        self.children = children or []
    def __repr__(self):
        return f"Node({self.v}, {self.children})"

class Custom:
    def __init__(self, x):
        self.x = x
    def __copy__(self):
        print("copy called")
        return Custom(self.x)
    def __deepcopy__(self, memo):
        print("deepcopy called")
        return Custom(copy.deepcopy(self.x, memo))

async def main():
    await asyncio.sleep(0)
    tree = Node(1, [Node(2), Node(3, [Node(4)])])
    sh = copy.copy(tree)
    dp = copy.deepcopy(tree)
    tree.children[0].v = 99
    print(sh, dp, sh.children is tree.children, dp.children is tree.children)
    lst = [[1, 2], [3]]
    lst.append(lst)
    d = copy.deepcopy(lst)
    print(d[2] is d, d[0] is lst[0], len(d))
    c = Custom([1, 2])
    c2 = copy.copy(c); c3 = copy.deepcopy(c)
    print(c2.x is c.x, c3.x is c.x, c3.x)
    print(copy.copy((1, 2)) , copy.deepcopy({"a": [1, {2}]}), copy.copy({1, 2}))
    h = []
    for x in [5, 1, 8, 3, 2, 9]:
        heapq.heappush(h, x)
    print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
    print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), list(heapq.merge([1, 4, 7], [2, 5], [3])))
    tasks = [(2, "b"), (1, "a"), (2, "a"), (0, "z")]
    heapq.heapify(tasks)
    print([heapq.heappop(tasks) for _ in range(len(tasks))])
    a = [1, 2, 4, 4, 4, 7]
    print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 10))
    bisect.insort(a, 5); bisect.insort_left(a, 4)
    print(a, bisect.bisect_left(a, 3, lo=3), bisect.bisect_right([("a", 1), ("b", 2)], ("a", 5)))
    print(bisect.bisect_left([{"k": 1}, {"k": 3}], 2, key=lambda d: d["k"]))
    random.seed(12345)
    print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2))
    xs = list(range(10)); random.shuffle(xs); print(xs)
    print(random.sample(range(100), 5), random.gauss(0, 1), random.randrange(0, 100, 7), random.choices("abc", k=5))
    print(random.getrandbits(40), random.choices([1, 2, 3], weights=[10, 1, 1], k=6), random.triangular(0, 10, 3))
    r = random.Random(7)
    print(r.random(), r.randint(0, 9), r.expovariate(2.0), r.betavariate(2, 3), r.normalvariate(5, 2))
    random.seed("seed-string")
    print(random.random(), random.sample(["x", "y", "z"], k=3))
    st = random.getstate(); v1 = random.random(); random.setstate(st); print(v1 == random.random())
    try:
        random.choice([])
    except IndexError as e:
        print(e)
    try:
        random.sample([1, 2], 3)
    except ValueError as e:
        print(e)

asyncio.run(main())
