# extract_tb / format_tb / walk_tb, extract_stack / format_stack / print_stack, FrameSummary and
# StackSummary, TracebackException.
import sys
import traceback


def divide(a, b):
    return a / b


def compute(values):
    return [divide(1, v) for v in values]


try:
    compute([1, 0])
except ZeroDivisionError as e:
    err = e

tb = err.__traceback__
summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(fs, fs.filename == __file__, fs.lineno, fs.name, repr(fs.line), len(fs), fs[2])
print(summary[0] == (summary[0].filename, summary[0].lineno, summary[0].name, summary[0].line))
print("".join(traceback.format_tb(tb)), end="")
print(traceback.format_tb(tb, limit=1))
print(traceback.format_tb(tb, limit=-1))
try:
    divide(1, 0)
except ZeroDivisionError as e:
    print([(f.f_code.co_name, line) for f, line in traceback.walk_tb(e.__traceback__)])
print(traceback.extract_tb(tb, limit=2).format())
traceback.print_tb(tb, file=sys.stdout)


def where():
    stack = traceback.extract_stack()
    print([(fs.name, fs.lineno, fs.line) for fs in stack])
    print("".join(traceback.format_stack(limit=2)), end="")
    traceback.print_stack(file=sys.stdout)


def outer():
    where()


outer()
print([fs.name for fs in traceback.extract_stack(sys._getframe())])
print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())])

lst = traceback.StackSummary.from_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)])
print(lst.format(), traceback.format_list([("c.py", 3, "h", "  pass  ")]))
traceback.print_list([("d.py", 4, "k", "return 0")], file=sys.stdout)

te = traceback.TracebackException.from_exception(err)
print(te.exc_type.__name__, str(te), len(te.stack), te.stack[0].name)
print("".join(te.format()), end="")
print(list(te.format_exception_only()))

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise OSError("second")
except OSError as e:
    te = traceback.TracebackException.from_exception(e)
print(te.__context__ is not None, te.__cause__, te.__suppress_context__, te.__context__.exc_type)
print("".join(te.format(chain=False)), end="")
print("---")
te.print(file=sys.stdout)
