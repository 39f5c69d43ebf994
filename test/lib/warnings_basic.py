# warnings.warn: the default output on stderr, once per location, stacklevel, categories,
# filters (simplefilter, filterwarnings with message and module patterns), catch_warnings.
import sys
import warnings


def legacy(x):
    warnings.warn("legacy() is deprecated; use modern()", DeprecationWarning, stacklevel=2)
    return x


def risky():
    warnings.warn("risky call")


for i in range(3):
    risky()
    legacy(i)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    risky()
    risky()
    legacy(1)
    warnings.warn(UserWarning("an instance"))
    warnings.warn("bytes", BytesWarning)
for w in caught:
    print(w.category.__name__, str(w.message), w.filename == __file__, w.lineno, w.line, w.file)
print(str(caught[0]).replace(__file__, "FILE"))

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="RISKY")
    risky()
    warnings.filterwarnings("error", message=r"leg.*dep", category=DeprecationWarning)
    try:
        legacy(2)
    except DeprecationWarning as e:
        print("raised:", e)
    warnings.filterwarnings("error", module="__ma")
    try:
        warnings.warn("module match", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", e)
    print(warnings.filters[:2])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once text")
        warnings.warn("once text", FutureWarning)
    warnings.resetwarnings()
    warnings.simplefilter("module")
    for i in range(2):
        risky()
        warnings.warn("risky call")
print([(w.category.__name__, w.lineno) for w in caught])
print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][2].__name__)
print(warnings.formatwarning("text", UserWarning, "mod.py", 3, "  code()  "), end="")
print(repr(warnings.formatwarning("no line", RuntimeWarning, "<none>", 1)))

for bad in [lambda: warnings.simplefilter("sometimes"), lambda: warnings.warn("x", str),
            lambda: warnings.filterwarnings("ignore", category=3)]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)

try:
    with warnings.catch_warnings() as cw:
        pass
    cm = warnings.catch_warnings()
    cm.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(warnings.catch_warnings(record=True))
warnings.warn("the last line on stderr", ResourceWarning)
warnings.warn("this one is shown", SyntaxWarning, stacklevel=1)
