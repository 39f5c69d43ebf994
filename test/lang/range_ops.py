# range: slicing, membership, len, negative steps, repr
r = range(10)
print(r, repr(range(1, 10, 2)), range(5, 0, -1), range(0))
print(len(r), len(range(1, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), len(range(5, 0)))
print(list(range(10, 0, -3)), list(range(-5, 5, 2)), list(range(3, -3, -1)))
print(r[3], r[-1], r[2:8:2], r[::-1], r[::-1][0], range(1, 20, 3)[1:4])
print(list(r[2:8:2]), list(r[::-1]))
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r)
print(range(0, 10, 2).index(6), range(10).count(3), range(20, 0, -5).index(10))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 4, 2) == range(1, 5, 2))
big = range(0, 10 ** 20, 7)
print(big[10 ** 18], 10 ** 19 in big, big[-1])
print(r.start, r.stop, r.step, range(1, 2, 3).step)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
print(sum(range(101)), max(range(7)), min(range(3, 9)), list(reversed(range(4))))
print(list(zip(range(3), range(10, 13))), bool(range(0)), bool(range(1)))
