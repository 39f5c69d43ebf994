# Unit-test style checks with assert, reported via traceback.format_exc (so the caret lines are
# compared): comparisons, negations, boolean chains, calls, names and constants as assert tests
import traceback

x, y, items = 0, 0, []


def f():
    return 0


CHECKS = [
    lambda: exec_assert(0),
    lambda: exec_assert(1),
    lambda: exec_assert(2),
    lambda: exec_assert(3),
    lambda: exec_assert(4),
    lambda: exec_assert(5),
    lambda: exec_assert(6),
    lambda: exec_assert(7),
    lambda: exec_assert(8),
]


def exec_assert(k):
    if k == 0:
        assert x == 1, "x should be one"
    elif k == 1:
        assert not (x == 0), "x should not be zero"
    elif k == 2:
        assert y == 1 or x == 1, "one of them"
    elif k == 3:
        assert x == 1 and y, "both"
    elif k == 4:
        assert items, "items must not be empty"
    elif k == 5:
        assert f(), "f must be truthy"
    elif k == 6:
        assert False, "unconditional"
    elif k == 7:
        assert len(items) > 0 < 5, f"length was {len(items)}"
    else:
        assert x is None and y is None, "identity"


for i, check in enumerate(CHECKS):
    try:
        check()
        print(i, "passed")
    except AssertionError:
        lines = traceback.format_exc().splitlines()
        print(i, "\n".join(lines[-3:]))
