import itertools as it

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        if hasattr(r, '__next__'):
            r = list(it.islice(r, 12))
        res = '-> ' + repr(r)
    except Exception as e:
        res = '!! ' + type(e).__name__ + ': ' + str(e)
    print(label, repr(args)[:50], kw, res)

show('count', it.count); show('count', it.count, 2.5, 0.5); show('count', it.count, 'a'); show('count', it.count, 1, step=-2); show('count', it.count, start=3)
print(repr(it.count(3)), repr(it.count(2.5, 0.5)), repr(it.count(1, 1)), repr(it.count(1, 2)))
show('cycle', it.cycle, []); show('cycle', it.cycle, 'ab'); show('cycle', it.cycle, 5)
show('repeat', it.repeat, 'x', 3); show('repeat', it.repeat, 'x', -1); show('repeat', it.repeat, 'x', times=2); show('repeat', it.repeat); print(repr(it.repeat('a', 2)), repr(it.repeat(1)))
show('accumulate', it.accumulate, [1, 2, 3]); show('accumulate', it.accumulate, [1, 2, 3], initial=10); show('accumulate', it.accumulate, [], initial=1)
show('accumulate', it.accumulate, [3, 1, 4], max); show('accumulate', it.accumulate, [1, 'a']); show('accumulate', it.accumulate, 5)
show('chain', it.chain, 'ab', [1]); show('chain', it.chain.from_iterable, ['ab', 'cd']); show('chain', it.chain, 1, 2)
show('compress', it.compress, 'abcd', [1, 0, 1]); show('compress', it.compress, 'abc');
class Lt3:
    def __call__(self, x): return x < 3
    def __repr__(self): return 'lt3'
lt3 = Lt3()
show('dropwhile', it.dropwhile, lt3, [1, 4, 1])
show('takewhile', it.takewhile, lt3, [1, 4, 1]); show('filterfalse', it.filterfalse, None, [0, 1, '', 'a']); show('filterfalse', it.filterfalse, bool)
show('groupby', lambda: [(k, list(g)) for k, g in it.groupby('aabbbc')]); show('groupby', lambda: [(k, list(g)) for k, g in it.groupby([1, 2, 3, 4], key=lambda x: x // 2)])
show('groupby', lambda: [list(g) for k, g in list(it.groupby('aabb'))])
for a in [(range(10), 3), (range(10), 2, 5), (range(10), 1, 9, 3), (range(10), None), (range(10), -1), (range(10), 1, 'x'), (range(10), 0, 5, 0), (range(3), None, None, 2), (range(10), 2, None)]:
    show('islice', it.islice, *a)
show('pairwise', it.pairwise, 'abcd'); show('pairwise', it.pairwise, 'a'); show('starmap', it.starmap, pow, [(2, 3), (3, 2)]); show('starmap', it.starmap, pow, [1])
show('tee', lambda: [list(x) for x in it.tee('abc', 3)]); show('tee', it.tee, 'a', -1); show('tee', lambda: it.tee('abc', 0))
show('zip_longest', it.zip_longest, 'ab', 'xyz', fillvalue='-'); show('zip_longest', it.zip_longest); show('zip_longest', it.zip_longest, 'a', 1)
show('product', it.product, 'ab', repeat=2); show('product', it.product, 'ab', [1, 2]); show('product', it.product); show('product', it.product, 'ab', repeat=-1); show('product', it.product, 'ab', repeat=0)
show('permutations', it.permutations, 'abc', 2); show('permutations', it.permutations, 'abc', 4); show('permutations', it.permutations, 'abc', -1); show('permutations', it.permutations, 'ab', None)
show('combinations', it.combinations, 'abcd', 2); show('combinations', it.combinations, 'ab', 3); show('combinations', it.combinations, 'ab', -1); show('combinations', it.combinations, 'ab')
show('cwr', it.combinations_with_replacement, 'abc', 2); show('cwr', it.combinations_with_replacement, '', 2); show('cwr', it.combinations_with_replacement, 'ab', 0)
show('batched', getattr, it, 'batched')
c = it.count(5); next(c); print(repr(c))
r = it.repeat(7, 3); next(r); print(r.__length_hint__())
p = it.product('ab', 'cd'); print(next(p), next(p))
g = it.groupby([1, 1, 2]); k, grp = next(g); next(g); print(k, list(grp))
t1, t2 = it.tee([1, 2, 3]); print(next(t1), list(t2), list(t1))
print(type(it.chain()).__name__, type(it.islice('a', 1)).__name__, type(it.count()).__name__)
r = it.repeat('z', 2); print(repr(r), list(r), repr(r), r.__length_hint__())
