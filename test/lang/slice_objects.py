# slice objects
s = slice(2, 8, 2)
print(s, repr(slice(3)), slice(None, -1), slice(1, None, -1))
print(s.start, s.stop, s.step, slice(5).start, slice(5).stop)
data = list(range(12))
print(data[s], "abcdefghijkl"[s], tuple(data)[s])
for sl in [slice(None), slice(None, None, -1), slice(-3, None), slice(1, -1, 3), slice(100, 200)]:
    print(sl, data[sl], sl.indices(len(data)))
print(slice(-100, 100, 1).indices(10), slice(None, None, -2).indices(7))
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[..., 1], r[:, ::-1])
print(r["x":"y"])
data[slice(0, 3)] = ["a", "b", "c"]
print(data)
del data[slice(None, None, 2)]
print(data)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(1, 2, 0).indices(10)
except ValueError as e:
    print("ValueError:", e)
