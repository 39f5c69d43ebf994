import bisect
import random

random.seed(3)
xs = []
for _ in range(12):
    v = random.randint(0, 20)
    bisect.insort(xs, v)
    print(v, xs)
ys = []
for v in [3, 1, 3, 2, 3]:
    bisect.insort_left(ys, v)
print(ys)
zs = [(1, 'a'), (3, 'c')]
bisect.insort_right(zs, (2, 'b'))
bisect.insort_left(zs, (3, 'b'))
print(zs)
