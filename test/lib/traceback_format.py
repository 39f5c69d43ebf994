# traceback.format_exception / format_exc / print_exc / format_exception_only with chained
# exceptions, carets, notes, exception groups, recursion folding, and both call signatures.
import sys
import traceback


def parse(text):
    return int(text)


def load(cfg):
    try:
        return parse(cfg["port"])
    except (KeyError, ValueError) as e:
        raise RuntimeError("bad config") from e


try:
    load({"port": "eighty"})
except RuntimeError as e:
    err = e

print("".join(traceback.format_exception(err)), end="")
print("=" * 20)
print("".join(traceback.format_exception(type(err), err, err.__traceback__, chain=False)), end="")
print("=" * 20)
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(type(err.__cause__), err.__cause__))
print(traceback.format_exception(None), traceback.format_exception_only(None))

try:
    try:
        [1, 2, 3][10]
    except IndexError:
        missing_name + 1
except NameError:
    print(traceback.format_exc(), end="")
    traceback.print_exc(file=sys.stdout)

e2 = ValueError("never raised")
e2.add_note("note one")
e2.add_note("note\ntwo")
print(traceback.format_exception(e2))
print(traceback.format_exception_only(e2))


def recurse(n):
    if n == 0:
        raise RecursionError("deep enough")
    return recurse(n - 1)


try:
    recurse(8)
except RecursionError:
    print(traceback.format_exc())

try:
    raise ExceptionGroup("many", [ValueError("a"), KeyError("b")])
except ExceptionGroup as eg:
    traceback.print_exception(eg, file=sys.stdout)

try:
    traceback.format_exception(err, err)
except ValueError as e:
    print("ValueError:", e)
try:
    traceback.format_exception("text")
except TypeError as e:
    print("TypeError:", e)


class AppError(Exception):
    def __str__(self):
        return "custom str"


try:
    raise AppError()
except AppError:
    traceback.print_exc(limit=1)
