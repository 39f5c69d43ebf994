import asyncio
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap

Pt = namedtuple("Pt", "x y", defaults=[0])
Rec = namedtuple("Rec", ["name", "age"], rename=False)

async def main():
    d = deque(maxlen=3)
    for i in range(5):
        d.append(i)
        await asyncio.sleep(0)
    print(d, d.maxlen)
    d.appendleft(-1)
    print(d)
    d.extend([7, 8])
    d.rotate(1)
    print(d, d[0], d[-1], d.count(7))
    d2 = deque([1, 2, 3, 4, 5])
    d2.rotate(-2)
    print(d2, d2.index(5), repr(deque()), deque("ab") + deque("cd"), deque([1]) * 3)
    dd = defaultdict(list)
    for w in "apple avocado banana blueberry cherry".split():
        dd[w[0]].append(w)
    print(dd)
    print(dict(dd), dd["z"], len(dd))
    di = defaultdict(int)
    di["a"] += 1
    print(repr(di), defaultdict(None, {1: 2}))
    c = Counter("abracadabra")
    print(c, c.most_common(2), c["z"])
    c2 = Counter(a=1, b=5, z=2)
    print(c + c2, c - c2, c & c2, c | c2)
    print(+Counter(a=-1, b=2), -Counter(a=-1, b=2))
    c.update("aaz")
    c.subtract({"a": 10})
    print(c, sorted(c.elements()), c.total())
    print(Counter([3, 1, 3, 2, 1, 3]).most_common())
    od = OrderedDict.fromkeys("abcde")
    od.move_to_end("b")
    od.move_to_end("e", last=False)
    print(od, od.popitem(), od.popitem(last=False), list(od))
    print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict([(1, 1), (2, 2)]) == OrderedDict([(2, 2), (1, 1)]))
    p = Pt(1)
    print(p, p._replace(y=5), p._asdict(), Pt._fields, Pt._field_defaults, Pt._make([3, 4]))
    r = Rec("bob", 30)
    print(r, r.name, r[1], *r, r == ("bob", 30), Rec.__doc__)
    try:
        Pt()
    except TypeError as e:
        print(e)
    try:
        p._replace(z=1)
    except ValueError as e:
        print(e)
    cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
    print(cm, cm["a"], cm["b"], cm.new_child({"c": 4}), list(cm))

asyncio.run(main())
