# collections.deque: maxlen, rotate, appendleft, popleft, extendleft
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count(7), d.index(8), 3 in d)
d.remove(7)
d.reverse()
print(d)
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3), last3.maxlen)
last3.appendleft(100)
print(last3)
print(deque("abc", maxlen=2), deque(), deque(range(3)) == deque([0, 1, 2]))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
q = deque()
for task in ["a", "b", "c"]:
    q.append(task)
while q:
    t = q.popleft()
    print("processing", t, "remaining", list(q))
dd = deque([1, 2, 3, 4, 5])
dd[2] = 30
del dd[0]
print(dd, dd.copy(), list(reversed(dd)))
dd.clear()
print(dd, bool(dd))
