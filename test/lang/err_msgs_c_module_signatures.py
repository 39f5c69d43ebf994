# TypeError messages of C-implemented itertools/functools/operator/collections callables (getargs.c wording).
import itertools, functools, operator, collections
names = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']
for n in names:
    f = getattr(itertools, n)
    for args, kw in [((), {}), ((1, 2, 3, 4), {}), (([1],), {'bogus': 1})]:
        try:
            r = f(*args, **kw)
            print(n, "ok")
        except TypeError as e:
            print(n, "TypeError", e)
for f in [functools.partial, functools.reduce, functools.lru_cache, functools.cmp_to_key, operator.itemgetter, operator.attrgetter, operator.methodcaller, collections.deque, collections.defaultdict, collections.Counter]:
    for args, kw in [((), {}), ((1, 2, 3, 4), {}), (([1],), {'bogus': 1})]:
        try:
            r = f(*args, **kw)
            print(getattr(f, '__name__', f), "ok")
        except TypeError as e:
            print(getattr(f, '__name__', f), "TypeError", e)
