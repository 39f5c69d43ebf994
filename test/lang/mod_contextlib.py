# contextlib: contextmanager (incl. exception inside), suppress, nullcontext
from contextlib import contextmanager, suppress, nullcontext
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("  content", t)
    with tag("span"):
        print("  nested")
try:
    with tag("p"):
        raise ValueError("inside p")
except ValueError as e:
    print("propagated:", e)
@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)
with swallow(KeyError, ZeroDivisionError):
    {}["x"]
with swallow(KeyError):
    print("no error here")
print("after swallow")
with suppress(FileNotFoundError, IndexError):
    [][0]
    print("not printed")
with suppress(ValueError):
    print("suppress with no error")
with nullcontext("value") as v:
    print("nullcontext gives", v)
with nullcontext() as n:
    print("nullcontext default", n)
@contextmanager
def counter():
    state = {"n": 0}
    yield state
    print("final count", state["n"])
with counter() as st:
    for _ in range(4):
        st["n"] += 1
try:
    with suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("TypeError escaped:", e)
