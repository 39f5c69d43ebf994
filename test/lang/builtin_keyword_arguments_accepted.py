# Keyword arguments the builtins and library functions accept (and some they refuse).
import math, random, itertools, functools, collections, asyncio, time, sys, heapq, bisect, operator, copy, contextlib
random.seed(1)
tests = [
 lambda: "a,b,c".split(sep=",", maxsplit=1), lambda: "a b c".rsplit(maxsplit=1), lambda: "a\nb".splitlines(keepends=True), lambda: "é".encode(encoding="latin-1", errors="strict"),
 lambda: b"\xff".decode(errors="ignore"), lambda: "a\tb".expandtabs(tabsize=2), lambda: sorted([3, 1], key=None, reverse=True), lambda: dict(a=1).update(b=2),
 lambda: (1024).to_bytes(length=2, byteorder="big", signed=True), lambda: int.from_bytes(b"\x01\x00", byteorder="little"), lambda: round(number=1.55, ndigits=1),
 lambda: sum([1], start=10), lambda: list(enumerate("ab", start=1)), lambda: int("ff", base=16), lambda: str(b"hi", encoding="ascii"), lambda: bytes("hi", encoding="utf-8"),
 lambda: bytearray("hi", encoding="utf-8"), lambda: pow(base=2, exp=3, mod=5), lambda: math.isclose(1, 1.0000001, rel_tol=1e-3), lambda: math.prod([2, 3], start=2),
 lambda: random.randint(a=1, b=5), lambda: random.choice(seq=[1, 2]), lambda: random.uniform(a=1, b=2), lambda: random.shuffle(x=[1, 2]), lambda: random.random(),
 lambda: random.getrandbits(k=8), lambda: random.betavariate(alpha=2, beta=3), lambda: list(itertools.islice("abc", 2)), lambda: list(itertools.accumulate([1, 2], initial=5)),
 lambda: list(itertools.combinations(iterable="abc", r=2)), lambda: list(itertools.permutations("ab", r=1)), lambda: list(itertools.groupby("aab", key=str.upper))[0][0],
 lambda: list(itertools.product("ab", repeat=2))[:2], lambda: list(itertools.zip_longest("a", "bc", fillvalue="-")),
 lambda: list(itertools.repeat(object="x", times=2)), lambda: functools.reduce(lambda a, b: a + b, [1, 2]), lambda: functools.partial(print, sep="-")("a", "b"),
 lambda: collections.deque(iterable=[1], maxlen=3), lambda: collections.Counter(a=1), lambda: collections.OrderedDict(a=1), lambda: collections.namedtuple(typename="P", field_names="x", defaults=[1])(),
 lambda: heapq.nlargest(n=2, iterable=[1, 3, 2]), lambda: bisect.bisect_left([1, 2], x=2, lo=0), lambda: operator.itemgetter(1)([1, 2]), lambda: copy.deepcopy(x=[1]),
 lambda: time.sleep(secs=0), lambda: "{a}".format(a=1), lambda: "x".center(width=3), lambda: [3, 1].sort(key=lambda v: v), lambda: max([1, 2], key=lambda v: -v, default=0),
 lambda: dict.fromkeys("ab", 0), lambda: {}.get("k", "d"), lambda: {}.pop("k", None), lambda: "ab".replace("a", "b", 1), lambda: "abc".find("c", 1), lambda: isinstance(1, int),
 lambda: getattr(1, "real"), lambda: iter([1]).__next__(), lambda: next(iter([]), 0), lambda: math.log(8, 2), lambda: math.gcd(4, 6), lambda: math.floor(2.5),
 lambda: asyncio.sleep(0, result=1).close(), lambda: asyncio.Queue(maxsize=1).qsize(), lambda: asyncio.Semaphore(value=2), lambda: asyncio.Event().is_set(),
 lambda: sys.exit_ if False else sys.getrecursionlimit(), lambda: print("x", end="", file=sys.stdout, flush=False), lambda: "ab".strip("a"), lambda: [1, 2].index(2, 0),
 lambda: "%s" % "x", lambda: format(3.14159, ".2f"), lambda: divmod(7, 2), lambda: abs(-1), lambda: hash("x") is not None, lambda: id(1) > 0, lambda: chr(65),
 lambda: "".join(["a"]), lambda: list(map(str, [1])), lambda: list(filter(None, [0, 1])), lambda: list(zip("a", "b", strict=True)), lambda: list(reversed([1, 2])),
 lambda: type("X", (), {}).__name__, lambda: super, lambda: vars(), lambda: dir()[:0], lambda: contextlib.suppress(KeyError),
 lambda: "x".ljust(3, "*"), lambda: " x ".rstrip(), lambda: "abc".startswith("a", 0, 2), lambda: "a".encode("utf-8", "strict"), lambda: bytes.fromhex("00"), lambda: "x".zfill(3),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", repr(r)[:50] if not hasattr(r, "__dict__") or isinstance(r, type) else type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, e)
