import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, lo=4, hi=5))
print(bisect.bisect_left([], 3), bisect.bisect_right([], 3))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
try:
    bisect.insort(a, 3, lo=-2)
except ValueError as e:
    print('ValueError', e)
