import copy
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple

od = OrderedDict([('b', [1]), ('a', [2])])
od2 = copy.deepcopy(od)
od2['b'].append(3)
print(od, od2, type(od2).__name__)
dd = defaultdict(list, {'x': [1]})
dd2 = copy.deepcopy(dd)
dd2['x'].append(2)
dd2['new'].append(0)
print(dd, dd2)
c = Counter('aab')
print(copy.copy(c), copy.deepcopy(c), type(copy.copy(c)).__name__)
q = deque([[1], [2]], maxlen=4)
q2 = copy.deepcopy(q)
q2[0].append(9)
print(q, q2, copy.copy(q))
P = namedtuple('P', 'x y')
p = P([1], 2)
p2 = copy.deepcopy(p)
p2.x.append(5)
print(p, p2, type(p2).__name__, copy.copy(p) == p)


class MyList(list):
    pass


ml = MyList([[1], 2])
ml2 = copy.deepcopy(ml)
ml2[0].append(3)
print(ml, ml2, type(ml2).__name__)
