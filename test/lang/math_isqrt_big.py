import math
vals = [2, 3, 4, 8, 9, 15, 16, 17, 24, 25, 26, 99, 100, 101, 2**52, 2**53 - 1, 2**53 + 1, 10**15, 10**16 - 1, 10**30, 10**50, 10**50 - 1, 2**127 - 1, 2**1000 + 12345, 3**700, 10**400 - 7, True]
for v in vals:
    r = math.isqrt(v)
    print(len(str(v)), r % 1000003, r * r <= v < (r + 1) * (r + 1))
print(sum(math.isqrt(i) for i in range(5000)))
