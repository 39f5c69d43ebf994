from collections import deque

d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1])
d.append(4)
d.appendleft(0)
print(d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft('ab')
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count(7), d.index(7), 'a' in d, 99 in d)
d.remove('a')
d.reverse()
print(d)
d.insert(1, 'x')
print(d, d[1])
d[0] = 'first'
del d[-1]
print(d)
print(list(reversed(d)))
print([x for x in d])
c = d.copy()
c.clear()
print(c, d == deque(d), d == list(d), bool(c), bool(d))
print(deque() == deque(), deque([1]) < deque([2]), deque([1, 2]) + deque([3]))
print(deque('ab') * 2)
e = deque(range(3))
e += [9]
print(e, e.maxlen)
for name in ('pop', 'popleft'):
    try:
        getattr(deque(), name)()
    except IndexError as exc:
        print(type(exc).__name__, exc)
try:
    d[100]
except IndexError as exc:
    print('IndexError', exc)
try:
    d.remove('nope')
except ValueError as exc:
    print('ValueError', exc)
try:
    d.index('nope')
except ValueError as exc:
    print('ValueError', exc)
