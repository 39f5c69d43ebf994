# dict views: set operators with views/lists/sets, comparisons, reversed, membership; dict | and |=.
d = {'a': 1, 'b': 2, 'c': 3}
e = {'b': 20, 'd': 4}
print(sorted(d.keys() & e.keys()), sorted(d.keys() | e.keys()), sorted(d.keys() - e.keys()), sorted(d.keys() ^ e.keys()))
print(sorted(d.keys() & ['a', 'z']), sorted(d.items() & {('a', 1), ('b', 3)}), type(d.keys() & e.keys()).__name__)
print(d.keys() == {'a', 'b', 'c'}, d.keys() < {'a', 'b', 'c', 'd'}, d.keys() <= d.keys(), d.values() == d.values())
print('a' in d.keys(), ('a', 1) in d.items(), ('a', 2) in d.items(), 1 in d.values(), d.keys().isdisjoint(['x']))
print(d | e, e | d, {**d, **e}, list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
print(len(d.items()), repr(d.keys()), repr(d.items()), repr(d.values()), repr({}.keys()))
x = dict(d)
x |= {'z': 26}
x |= [('y', 25)]
print(x)
for bad in (lambda: d | [('q', 1)], lambda: d.keys() + e.keys(), lambda: d.values() & e.values(), lambda: {}.popitem()):
    try:
        print(bad())
    except (TypeError, KeyError) as ex:
        print(type(ex).__name__, ex)
print({1: 'a', True: 'b', 1.0: 'c'}, {0: 'a', False: 'b', -0.0: 'c'}, dict.fromkeys('abc', 0), dict.fromkeys([1, 2]))
ks = d.keys()
d['new'] = 9
print(ks, len(ks), 'new' in ks)
try:
    for k in d:
        d[k + '!'] = 0
except RuntimeError as ex:
    print('RuntimeError', ex)
try:
    for k in d.keys():
        del d['a']
except RuntimeError as ex:
    print('RuntimeError', ex)
print(d)
print(dict(zip('ab', range(2))), dict([('k', 'v')], k2='v2'), dict(a=1) == {'a': 1}, {'a': 1} == {'a': 1.0})
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]), max(d, key=d.get), min(d.items(), key=lambda kv: (kv[1], kv[0])))
