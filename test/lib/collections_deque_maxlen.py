from collections import deque

d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(i, d)
d.appendleft(-1)
print(d)
d.extendleft([10, 11])
print(d, d.maxlen)
print(repr(deque([1, 2], maxlen=3)), repr(deque('xy')))
z = deque([1, 2, 3], maxlen=0)
z.append(5)
print(z, len(z))
try:
    deque(maxlen=-1)
except ValueError as e:
    print('ValueError', e)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 9)
except IndexError as e:
    print('IndexError', e)


def tail(iterable, n):
    return deque(iterable, maxlen=n)


print(tail(range(100), 4))
print(list(tail('abcdefg', 3)))
window = deque(maxlen=3)
sums = []
for x in [5, 1, 4, 2, 8, 3]:
    window.append(x)
    sums.append(sum(window))
print(sums)
m = deque([1, 2, 3], maxlen=5)
m2 = m.copy()
m2.append(4)
print(m, m2, m2.maxlen)
