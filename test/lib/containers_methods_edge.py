def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        res = '-> ' + repr(r)
    except Exception as e:
        res = '!! ' + type(e).__name__ + ': ' + str(e)
    print(label, repr(args)[:60], kw, res)

L = [3, 1, 2]
show('index', L.index, 2); show('index', L.index, 9); show('index', L.index, 1, 2); show('index', L.index, 3, -3, -1); show('index', L.index, 3, 'a')
show('count', L.count); show('insert', L.insert, 'x', 1); show('insert', [1].insert, 100, 2); show('insert', [1, 2].insert, -100, 0)
show('pop', [].pop); show('pop', [1, 2].pop, 5); show('pop', [1, 2].pop, 'a'); show('pop', [1, 2].pop, -1); show('remove', [1].remove, 2)
show('sort', [3, 'a'].sort); show('sort', [3, 1].sort, reverse=True); show('sort', [3, 1].sort, key=None); show('sort', [1].sort, 1)
show('sort', ['b', 'A', 'c'].sort, key=str.lower); show('sort', [1, 2].sort, cmp=None)
show('extend', [].extend, 5); show('append', [].append); show('append', [].append, 1, 2); show('copy', [1, [2]].copy)
show('mul', lambda: [0] * 3); show('mul', lambda: [0] * 'a'); show('mul', lambda: 3 * [1]); show('add', lambda: [1] + (2,)); show('iadd', lambda: [1].__iadd__((2,)))
show('cmp', lambda: [1, 2] < [1, 3]); show('cmp', lambda: [1] < (1,)); show('cmp', lambda: [1, 'a'] < [1, 2])
show('getitem', lambda: [1, 2][2]); K1, K2 = 'a', 1.0
show('getitem', lambda: [1, 2][K1]); show('getitem', lambda: [1, 2][K2]); show('slice', lambda: [1, 2, 3, 4][::-2])
def sa():
    x = [1, 2, 3, 4]; x[1:3] = 'ab'; return x
def sa2():
    x = [1, 2, 3, 4]; x[::2] = [9]; return x
def sa3():
    x = [1, 2, 3, 4]; del x[::2]; return x
def sa4():
    x = [1, 2, 3]; x[1:2] = 5; return x
show('setslice', sa); show('setslice', sa2); show('delslice', sa3); show('setslice', sa4)
show('list()', list, 5); show('list()', list, 'ab'); show('list()', list, {'a': 1}); show('list()', list, x=1)
show('reversed', lambda: list(reversed([1, 2]))); show('reversed', reversed, 5); show('sorted', sorted, [3, 1], reverse=1)
show('sorted', sorted); show('sorted', sorted, [1], [2])
show('tuple', tuple.index, (1, 2), 3); show('tuple', tuple.count, (1, 1), 1); show('tuple+', lambda: (1,) + [2]); show('tuple*', lambda: (1, 2) * 2)
D = {'a': 1, 'b': 2}
show('get', D.get); show('get', D.get, 'z', 0); show('get', D.get, [1]); show('pop', D.copy().pop, 'z'); show('pop', D.copy().pop, 'z', None)
show('popitem', {}.popitem); show('popitem', D.copy().popitem); show('setdefault', D.copy().setdefault, 'z'); show('setdefault', D.copy().setdefault, 'a', 5)
show('update', D.copy().update, [('c', 3)]); show('update', D.copy().update, [1]); show('update', D.copy().update, [(1, 2, 3)]); show('update', D.copy().update, 5)
show('update', D.copy().update, {'x': 1}, y=2); show('update', D.copy().update, {}, {})
show('fromkeys', dict.fromkeys, 'ab'); show('fromkeys', dict.fromkeys, 'ab', 0); show('fromkeys', dict.fromkeys, 5)
show('or', lambda: D | {'c': 3}); show('or', lambda: D | [('c', 3)]); show('ior', lambda: D.copy().__ior__([('c', 3)]))
show('dict()', dict, [('a', 1)], b=2); show('dict()', dict, [1, 2]); show('dict()', dict, ['ab', 'cd']); show('dict()', dict, [[1, 2, 3]]); show('dict()', dict, 1, 2)
show('keys', lambda: D.keys() & {'a', 'z'}); show('keys', lambda: D.keys() | ['z']); show('keys', lambda: D.keys() - {'a'}); show('items', lambda: D.items() & {('a', 1)})
show('keys', lambda: D.keys() == {'a', 'b'}); show('values', lambda: D.values() == D.values()); show('keys', lambda: D.keys().isdisjoint(['q']))
show('getitem', lambda: D['z']); show('getitem', lambda: D[[1]]); show('in', lambda: [1] in D); show('cmp', lambda: D < D)
show('reversed', lambda: list(reversed(D))); show('reversed', lambda: list(reversed(D.items()))); show('reversed', lambda: list(reversed(D.values())))
S = {1, 2, 3}
show('add', set().add, []); show('remove', S.copy().remove, 9); show('discard', S.copy().discard, 9); show('discard', S.copy().discard, [])
show('pop', set().pop); show('union', S.union, [4], (5,)); show('union', S.union, 5); show('intersection', S.intersection); show('intersection', S.intersection, [2], [2, 3])
show('difference', S.difference, [1], {2}); show('symmetric_difference', S.symmetric_difference, [3, 4]); show('issubset', S.issubset, range(5)); show('issuperset', S.issuperset, [1])
show('isdisjoint', S.isdisjoint, 5); show('or', lambda: S | [4]); show('and', lambda: S & frozenset([1])); show('sub', lambda: frozenset([1, 2]) - {1}); show('xor', lambda: {1} ^ {2})
show('cmp', lambda: {1} < {1, 2}); show('cmp', lambda: {1} <= [1]); show('cmp', lambda: {1} == frozenset([1])); show('set()', set, 5); show('set()', set, [[1]])
show('frozenset', lambda: frozenset([1]) | {2}); show('frozenset', lambda: {2} | frozenset([1])); show('hash', hash, frozenset()); show('hash', lambda: hash({1}))
show('ops', lambda: set.__or__({1}, {2})); show('ops', lambda: set.__and__({1, 2}, {2})); show('ops', lambda: set.__sub__({1, 2}, {2})); show('ops', lambda: set.__xor__({1, 2}, {2}))
show('ops', lambda: set.__or__({1}, [2])); show('ops', lambda: frozenset.__or__(frozenset({1}), {2})); show('ops', lambda: set.__rsub__({1}, {1, 2}))
show('ops', lambda: dict.__or__({1: 2}, {3: 4})); show('ops', lambda: dict.__ror__({1: 2}, {3: 4})); show('ops', lambda: list.__mul__([1], 2)); show('ops', lambda: list.__rmul__([1], 2))
show('ops', lambda: str.__mul__('a', 3)); show('ops', lambda: str.__rmul__('a', 3)); show('ops', lambda: tuple.__mul__((1,), 2)); show('ops', lambda: str.__mod__('%d', 3)); show('ops', lambda: str.__rmod__('%d', 3))
show('ops', lambda: list(str.__iter__('ab'))); show('ops', lambda: int.__add__(1, 2)); show('ops', lambda: int.__add__(1, 2.0)); show('ops', lambda: float.__mul__(1.5, 2))
show('range', range(10).index, 5); show('range', range(10).index, 11); show('range', range(0, 10, 3).count, 3); show('range', lambda: range(10)[2:8:2]); show('range', lambda: range(5) == range(0, 5))
show('range', range, 1.5); show('range', range, 1, 2, 0); show('range', lambda: range(10)[20]); show('range', lambda: len(range(0, 10**20)))
show('slice', lambda: slice(1, 10, 2).indices(5)); show('slice', lambda: slice(None, None, -1).indices(5)); show('slice', lambda: slice(0, 1, 0).indices(5))
fs = [frozenset(), frozenset({1, 2}), frozenset({7, -1, 2.5, (1, 2)}), frozenset({frozenset({1}), frozenset({2, 3})}), frozenset(range(100))]
for f in fs:
    print(hash(f))
print({frozenset({i, i + 1}) for i in range(12)})
print({frozenset({1}): 'a', frozenset({2}): 'b', frozenset(): 'c', frozenset({1, 2}): 'd'})
print(list({frozenset((1, 2)), frozenset((3, 4)), frozenset((5, 6, 7)), frozenset([-8])}))
