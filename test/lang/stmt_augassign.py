# Augmented assignment on names, attributes, subscripts
class Box:
    def __init__(self):
        self.v = 1
        self.items = [1]
b = Box()
b.v += 5
b.v *= 3
b.v -= 1
b.v //= 2
b.v **= 2
b.v %= 50
print(b.v)
b.items += [2, 3]
b.items *= 2
print(b.items)
d = {"a": 1, "lst": []}
d["a"] += 10
d["a"] <<= 2
d["a"] |= 1
d["a"] ^= 0b11
d["a"] &= 0xFF
d["a"] >>= 1
d["lst"] += "xy"
print(d)
m = [[0, 0], [0, 0]]
m[1][0] += 7
m[0][1] -= 3
print(m)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [10]
arr[idx()] += 1
print(arr, calls)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
l1 = [1]
l2 = l1
l1 += [2]
print(l1 is l2, l2)
x = 7.5
x /= 2
print(x)
f = 10
f //= 3.0
print(f, -7 // 2, -7 % 3)
