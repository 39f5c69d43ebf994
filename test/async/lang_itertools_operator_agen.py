import asyncio
import itertools as it
from itertools import chain, islice, groupby, count, cycle, product, permutations, accumulate, zip_longest, pairwise, combinations, combinations_with_replacement, starmap, takewhile, dropwhile, compress, filterfalse, tee, repeat
import operator

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    xs = [x async for x in agen(6)]
    print(list(chain(xs, "ab")), list(chain.from_iterable([[1], [2, 3]])))
    print(list(islice(count(5, 3), 2, 8, 2)), list(islice("abcdef", None, None, 2)))
    for k, g in groupby(sorted("mississippi")):
        print(k, len(list(g)), end="; ")
    print()
    print([(k, list(g)) for k, g in groupby(xs, key=lambda v: v // 2)])
    print(list(islice(cycle("xyz"), 7)))
    print(list(product("ab", repeat=2)), len(list(product(range(3), range(4), range(2)))))
    print(list(permutations(range(3), 2)))
    print(list(accumulate(xs)), list(accumulate(xs, operator.mul)), list(accumulate([1, 2, 3], initial=100)))
    print(list(zip_longest("abc", [1], fillvalue="-")))
    print(list(pairwise("hello")))
    print(list(combinations("abcd", 3)), list(combinations_with_replacement([1, 2], 2)))
    print(list(starmap(pow, [(2, 5), (3, 2)])))
    print(list(takewhile(lambda x: x < 3, xs)), list(dropwhile(lambda x: x < 3, xs)))
    print(list(compress("abcdef", [1, 0, 1, 0, 1])), list(filterfalse(None, [0, 1, "", "a"])))
    a, b = tee(iter(xs), 2)
    print(next(a), next(a), list(b), list(a))
    print(list(repeat("r", 3)), repr(repeat(1, 2)), repr(count(1.5, 0.5)))
    c = count(10)
    next(c)
    print(repr(c))
    print(list(it.islice(it.count(), 0)))
    try:
        islice(xs, -1)
    except ValueError as e:
        print(e)
    print(list(map(operator.itemgetter(1, 0), [(1, 2), (3, 4)])))
    print(sorted([{"a": 2}, {"a": 1}], key=operator.itemgetter("a")))
    class P:
        def __init__(s, n): s.n = n; s.sub = s if n > 5 else None
    print([operator.attrgetter("n")(P(i)) for i in range(3)], operator.attrgetter("sub.n")(P(7)))
    print(operator.methodcaller("upper")("abc"), operator.methodcaller("split", ",")("a,b"))
    print(repr(operator.itemgetter(1)), repr(operator.attrgetter("a", "b")), repr(operator.methodcaller("f", 1, k=2)))

asyncio.run(main())
