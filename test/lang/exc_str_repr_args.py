# str(e), repr(e), e.args for builtin exceptions raised by operations
NONE, ABC = None, "abc"
cases = [
    lambda: [1, 2][5],
    lambda: {"a": 1}["b"],
    lambda: {(1, 2): 0}[(3, 4)],
    lambda: 10 / 0,
    lambda: 10 // 0,
    lambda: 10.0 % 0,
    lambda: int("4.5"),
    lambda: float("abc"),
    lambda: "x" + 1,
    lambda: 1 + "x",
    lambda: [1] * "3",
    lambda: NONE(),
    lambda: (1).foo,
    lambda: "abc".index("z"),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: iter(5),
    lambda: len(3),
    lambda: abs("s"),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: (1, 2).append(3),
    lambda: ABC[1.5],
    lambda: {}[[]],
    lambda: sum(["a", "b"]),
    lambda: max([]),
    lambda: divmod(1, 0),
    lambda: int("1" * 5, 2),
    lambda: "%d" % "s",
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: tuple(1),
]
import math
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "no error:", r)
    except Exception as e:
        print(i, type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
