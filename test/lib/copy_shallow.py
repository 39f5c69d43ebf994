import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
print(b == a, b is a, b[1] is a[1])
b[1].append(99)
print(a)
d = {'x': [1], 'y': 2}
e = copy.copy(d)
e['x'].append(2)
e['z'] = 3
print(d, e)
s = {1, 2}
t = copy.copy(s)
t.add(3)
print(sorted(s), sorted(t))
tup = (1, [2])
print(copy.copy(tup) is tup, copy.copy(5), copy.copy('str'), copy.copy(None))


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Pt({self.x}, {self.y})'


p = Pt(1, [2])
q = copy.copy(p)
q.x = 10
q.y.append(3)
print(p, q, type(q).__name__, q is p)


class WithCopy:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return WithCopy(self.v + 1)


print(copy.copy(WithCopy(1)).v)
print(copy.copy(Pt) is Pt, copy.copy(len) is len)


def f():
    pass


print(copy.copy(f) is f)
