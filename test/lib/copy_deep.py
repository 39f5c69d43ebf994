import copy

a = [1, [2, 3], {'k': [4]}, (5, [6])]
b = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], b[2]['k'] is a[2]['k'], b[3] is a[3])
b[1].append(99)
b[3][1].append(7)
print(a)
print(b)
t = (1, 2, ('x', 'y'))
print(copy.deepcopy(t) is t)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, len(cc))
d = {'self': None}
d['self'] = d
dd = copy.deepcopy(d)
print(dd['self'] is dd, dd is not d)
s = {1, 2, (3, 4)}
print(sorted(copy.deepcopy(s), key=str))
fs = frozenset([1, 2])
print(copy.deepcopy(fs) == fs)
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(id(x) in memo, memo[id(x)] is y)
