from collections import OrderedDict

od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
od2 = OrderedDict([('x', 1), ('y', 2)])
od3 = OrderedDict([('y', 2), ('x', 1)])
print(od2 == od3, od2 == dict(od3), dict(od2) == od3, od2 != od3)
print(repr(OrderedDict()), OrderedDict(a=1, b=2))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od2.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
print(od2.pop('x'), od2.pop('zz', 'dflt'), od2)
print(od2.setdefault('k', 5), od2)
f = OrderedDict.fromkeys('abc', 0)
print(f, type(f).__name__)
c = f.copy()
c['d'] = 9
print(c, f, isinstance(c, dict))
print(list(reversed(c)))


cache = OrderedDict()
for key in ['a', 'b', 'a', 'c', 'd', 'b']:
    if key in cache:
        cache.move_to_end(key)
    cache[key] = True
    if len(cache) > 3:
        cache.popitem(last=False)
    print(key, list(cache))
