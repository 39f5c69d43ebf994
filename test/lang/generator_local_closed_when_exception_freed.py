# A frame that an exception leaves stays alive in the exception's traceback, and with it the
# generators its locals alone held: they are closed when the except clause that caught the
# exception ends, innermost frame first, unless the clause keeps the exception.


def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print("  close", tag)


def inner():
    g = numbers("inner")
    next(g)
    raise ValueError("from inner")


def outer():
    g = numbers("outer")
    next(g)
    inner()


try:
    outer()
except ValueError as e:
    print("caught:", e, e.args)
    print(f"  message {e!r}")
print("after the first handler")

kept = []
try:
    inner()
except ValueError as e:
    kept.append(e)
    print("kept it")
print("after the second handler, still kept:", len(kept))


def handler_returns():
    try:
        inner()
    except ValueError:
        return "returned from the handler"


print(handler_returns())

try:
    try:
        inner()
    except ValueError:
        print("re-raising")
        raise
except ValueError:
    print("caught again")
print("end")
