big = range(0, 10 ** 20, 7)
print(big, big[10 ** 18], 10 ** 19 in big, 10 ** 19 + 1 in big, big[-1], big.start, big.stop, big.step)
print(big[5:10], big[::-1][:3], list(big[:3]), list(big[-2:]), bool(big), bool(range(10 ** 20, 0)))
try:
    len(big)
except OverflowError as e:
    print('OverflowError', e)
r = range(2 ** 64, 2 ** 64 + 10, 3)
print(r, len(r), list(r), list(reversed(r)), r.index(2 ** 64 + 6), r.count(2 ** 64 + 1))
print(r == range(2 ** 64, 2 ** 64 + 12, 3), hash(r) == hash(range(2 ** 64, 2 ** 64 + 12, 3)), 2 ** 64 + 3 in r)
print(range(5)[2 ** 70 - 2 ** 70 + 1], range(-2 ** 63, 2 ** 63)[2 ** 63])
try:
    r.index(5)
except ValueError as e:
    print('ValueError', e)
try:
    big[10 ** 30]
except IndexError as e:
    print('IndexError', e)
try:
    range(0, 2 ** 70, 0)
except ValueError as e:
    print('ValueError', e)
print(sum(range(2 ** 60, 2 ** 60 + 4)), max(range(-2 ** 65, -2 ** 65 + 5)))
