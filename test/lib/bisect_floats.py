import bisect

cdf = [0.1, 0.35, 0.6, 0.9, 1.0]
names = 'abcde'
for u in [0.0, 0.1, 0.2, 0.35, 0.61, 0.95, 1.0]:
    print(u, names[min(bisect.bisect(cdf, u), 4)], bisect.bisect_left(cdf, u))
intervals = []
for start in [5.5, 1.25, 3.0, 1.25, 9.75]:
    bisect.insort(intervals, start)
print(intervals, bisect.bisect_right(intervals, 1.25), bisect.bisect_left(intervals, 1.25))
print(bisect.bisect([True, True], False), bisect.bisect_left([1, 2, 3], 2.0))
