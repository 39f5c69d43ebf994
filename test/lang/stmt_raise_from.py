# raise ... from, raise ... from None, implicit context
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"bad input {s!r}") from e

try:
    parse("xyz")
except RuntimeError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__, type(e.__context__).__name__)

def hide(s):
    try:
        return int(s)
    except ValueError:
        raise LookupError("hidden") from None
try:
    hide("q")
except LookupError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise TypeError("during handling")
try:
    implicit()
except TypeError as e:
    print(e, e.__cause__, repr(e.__context__))

try:
    try:
        raise ValueError(1)
    except ValueError as inner:
        raise inner
except ValueError as again:
    print("reraised same object:", again.args)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print("bare raise:", e)
