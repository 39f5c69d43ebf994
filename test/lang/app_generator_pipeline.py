# Generator pipelines: yield from, send, throw, close, itertools everywhere
import itertools as it
from itertools import chain, groupby, accumulate, product, permutations, combinations, islice, tee, zip_longest
from operator import itemgetter, attrgetter, mul
import functools

LOG = """2024-01-01 INFO start
2024-01-01 WARN disk 91%
2024-01-02 INFO tick
2024-01-02 ERROR failed write
2024-01-02 INFO tick
2024-01-03 ERROR timeout
2024-01-03 INFO stop"""


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def parse(lines):
    for n, line in lines:
        day, level, msg = line.split(" ", 2)
        yield {"n": n, "day": day, "level": level, "msg": msg}


def only(levels, recs):
    return (r for r in recs if r["level"] in levels)


def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print("  averager reset:", e)
            total = count = 0
            avg = None
            continue
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, avg)


def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)
        if r[0] == 0:
            return "finished"


def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


recs = list(parse(read_lines(LOG)))
for day, grp in groupby(recs, key=itemgetter("day")):
    g = list(grp)
    print(day, len(g), [r["level"] for r in g])
print([r["n"] for r in only({"ERROR", "WARN"}, recs)])
print(sorted({r["level"] for r in recs}), max(recs, key=lambda r: len(r["msg"]))["msg"])

results = []
d = delegator(results)
print(next(d))
for x in [10, 20, 30]:
    print("sent", x, "->", d.send(x))
print(d.throw(ValueError("bad sample")))
print(d.send(5), d.send(None), results)
try:
    d.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value, results)

g = fib()
print(list(islice(g, 10)), next(g), list(islice(fib(), 5, 20, 3)))
print(list(flatten([1, [2, (3, [4, [5]])], [], 6])))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], mul)), list(accumulate([3, 1, 4], max, initial=2)))
print(list(product("ab", range(2))), len(list(product(range(3), repeat=3))))
print(list(permutations("abc", 2)), list(combinations(range(5), 3))[:4], list(it.combinations_with_replacement("xy", 2)))
a, b = tee(iter(range(5)))
print(list(a), list(b), list(zip_longest("abc", [1], fillvalue="-")))
print(list(chain.from_iterable(["ab", "cd"])), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 2])), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(islice(it.cycle("AB"), 5)), list(it.repeat("z", 3)), list(islice(it.count(2.5, 0.5), 4)), list(it.pairwise("abcd")))


def closing_gen():
    try:
        yield 1
        yield 2
    finally:
        print("  gen closed")


cg = closing_gen()
print(next(cg))
cg.close()
print(list(cg))


def gen_with_return():
    yield 1
    return "done"


gr = gen_with_return()
print(next(gr), next(gr, "default"))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares), type(squares).__name__)
try:
    next(x for x in [])
except StopIteration as e:
    print("StopIteration", repr(e))


def bad_gen():
    yield 1
    raise StopIteration("oops")


try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

from collections import namedtuple
Pt = namedtuple("Pt", "x y")
pts = [Pt(3, 1), Pt(1, 2), Pt(3, 0)]
print(sorted(pts, key=attrgetter("x", "y")), itemgetter(1, 0)(pts[0]), functools.reduce(lambda a, p: a + p.x, pts, 0))
print(dict(zip("abc", it.count())), list(enumerate("xy", start=10)), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100])))
gen = (i for i in range(3))
print(gen.gi_running, gen.__name__, gen.__qualname__)
