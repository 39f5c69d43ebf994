# list slicing with steps and slice assignment
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::2], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[100:], a[-100:2], a[5:2], a[::3], a[::-3], a[2:2])
b = a[:]
b[2:4] = ["x", "y", "z"]
print(b)
b[1:1] = [None, None]
print(b)
b[:3] = []
print(b)
b[::2] = range(len(b[::2]))
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
c = list(range(6))
c[-2:] = "ab"
print(c)
c[len(c):] = [99]
c[:0] = [-1]
print(c)
d = list(range(10))
d[1:9:3] = ["A", "B", "C"]
print(d)
e = [1, 2, 3]
e[5:] = [4]
print(e)
s = slice(1, 8, 3)
print(a[s], s.start, s.stop, s.step, s.indices(5), slice(None, None, -1).indices(4))
print("abcdefg"[::-2], "abcdefg"[1:-1], (1, 2, 3, 4)[1::2])
f = list(range(5))
f[1:4] = f[3:0:-1]
print(f)
