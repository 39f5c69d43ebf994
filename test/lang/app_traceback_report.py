# Traceback formatting printed to stdout: chained, notes, nested frames, groups, carets
import traceback
import sys


class Record:
    def __init__(self, data):
        self.data = data

    def value(self, key):
        return self.data[key]

    def ratio(self, a, b):
        top = self.value(a)
        return top / self.value(b)


def compute(records, a, b):
    total = 0
    for r in records:
        total += r.ratio(a, b)
    return total


def show(title, fn):
    print(f"===== {title}")
    try:
        fn()
    except BaseException:
        text = traceback.format_exc()
        print(text, end="")
        print("-- lines:", len(text.splitlines()))


recs = [Record({"x": 1, "y": 2}), Record({"x": 3, "y": 0})]
show("zero division", lambda: compute(recs, "x", "y"))
show("key error", lambda: compute(recs, "x", "z"))


def chained():
    try:
        int("abc")
    except ValueError as e:
        raise LookupError("lookup failed") from e


show("explicit chain", chained)


def implicit():
    try:
        [][0]
    except IndexError:
        None.attr


show("implicit chain", implicit)


def noted():
    e = TypeError("bad type")
    e.add_note("first note")
    e.add_note("second\nmultiline note")
    raise e


show("notes", noted)


def group():
    raise ExceptionGroup("many", [ValueError("v"), TypeError("t")])


show("group", group)


def deep(n):
    if n == 0:
        raise RecursionError("pretend")
    return deep(n - 1)


show("deep", lambda: deep(3))


def nested_expr():
    d = {"a": [1, 2, {"b": None}]}
    v = d["a"][2]["b"]
    return v["c"]


show("subscript None", nested_expr)


def attr_chain():
    class O:
        pass
    o = O()
    o.inner = O()
    return o.inner.missing.x


show("attribute", attr_chain)
show("binop", lambda: 1 + "a" if True else 0)


def multi_line_call():
    return max(
        [],
    )


show("multiline", multi_line_call)

try:
    compute(recs, "x", "y")
except ZeroDivisionError as e:
    tb = e.__traceback__
    frames = traceback.extract_tb(tb)
    for fs in frames:
        print(fs.name, fs.lineno, repr(fs.line))
    print(len(traceback.format_tb(tb)), traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception(e)).count("\n"))
    summary = traceback.StackSummary.extract(traceback.walk_tb(tb))
    print([f.name for f in summary])


def where():
    return [(f.name, f.lineno) for f in traceback.extract_stack()][-2:]


print(where())
traceback.print_exc(file=sys.stdout)
try:
    raise KeyError("k")
except KeyError:
    traceback.print_exc(file=sys.stdout, limit=1)
    traceback.print_exception(*sys.exc_info(), file=sys.stdout)
print("done")
