# Keyword and argument-count TypeErrors of builtins: "invalid keyword argument", "takes no keyword arguments".
tests = [
 lambda: sorted([1], bogus=1), lambda: [].sort(bogus=1), lambda: int("1", bogus=2), lambda: min([1], bogus=1), lambda: max(1, 2, key=None, bogus=1),
 lambda: print(bogus=1), lambda: "".split(bogus=1), lambda: "".encode(bogus=1), lambda: round(1.5, bogus=1), lambda: enumerate([], bogus=1),
 lambda: zip([], bogus=1), lambda: sum([], bogus=1), lambda: dict.fromkeys([], bogus=1), lambda: range(1, bogus=1), lambda: str(bogus=1),
 lambda: float(bogus=1), lambda: list(bogus=1), lambda: tuple(bogus=1), lambda: bytes(bogus=1), lambda: open_ if False else iter([], bogus=1),
 lambda: next(iter([]), bogus=1), lambda: divmod(1, 2, bogus=1), lambda: pow(2, 3, bogus=1), lambda: "".join([], bogus=1),
 lambda: sorted([1], None), lambda: int("1", 2, 3), lambda: "".split(" ", 1, 2), lambda: "a".encode("utf8", "strict", 3), lambda: round(1, 2, 3),
 lambda: sum([], 0, 1), lambda: min(), lambda: max(key=len), lambda: enumerate(), lambda: range(), lambda: str(1, 2, 3, 4), lambda: isinstance(1),
 lambda: getattr(1), lambda: hasattr(1, "a", 2), lambda: setattr(1, 2), lambda: "x".startswith(), lambda: "x".replace("a"), lambda: [].insert(1),
 lambda: {}.pop(), lambda: {}.setdefault(), lambda: [].index(), lambda: "x".center(), lambda: bytes.fromhex(), lambda: int.from_bytes(),
 lambda: (1).to_bytes(bogus=1), lambda: "x".splitlines(bogus=1), lambda: [].pop(1, 2), lambda: {}.get(1, 2, 3), lambda: abs(), lambda: len([], []),
 lambda: hash(), lambda: repr(1, 2), lambda: chr(), lambda: ord("a", "b"), lambda: format(), lambda: callable(), lambda: id(), lambda: vars(1, 2),
 lambda: bool(1, 2), lambda: set([], []), lambda: frozenset(bogus=1), lambda: slice(), lambda: object(1), lambda: type(1, 2),
 lambda: super(bogus=1), lambda: property(bogus=1), lambda: memoryview_ if False else reversed([], []), lambda: filter(None), lambda: map(),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "ok")
    except TypeError as e:
        print(i, e)
