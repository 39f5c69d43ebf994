# Catching RecursionError and continuing
import sys
print(sys.getrecursionlimit())
depth = 0
def recurse(n):
    global depth
    depth = n
    return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print("caught:", e)
    print("depth reached > 500:", depth > 500)
def deep_sum(n):
    return 0 if n == 0 else n + deep_sum(n - 1)
print(deep_sum(500))
try:
    deep_sum(100000)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
print("still running", deep_sum(100))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("repr recursion:", str(e)[:32])
results = []
for n in (10, 100000, 20):
    try:
        results.append(deep_sum(n))
    except RecursionError:
        results.append("too deep")
print(results)
