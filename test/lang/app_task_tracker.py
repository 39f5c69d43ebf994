# Task tracker CLI simulation: logging, warnings, contextlib, singledispatch, partial, copy
import logging
import warnings
import contextlib
import copy
import sys
from functools import singledispatch, partial, wraps, cached_property
from dataclasses import dataclass, field
from typing import List, Dict

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-8s %(name)s:%(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("tracker")
audit = logging.getLogger("tracker.audit")


def deprecated(reason):
    def deco(fn):
        @wraps(fn)
        def wrapper(*a, **kw):
            warnings.warn(f"{fn.__name__} is deprecated: {reason}", DeprecationWarning, stacklevel=2)
            return fn(*a, **kw)
        return wrapper
    return deco


@dataclass
class Task:
    title: str
    tags: List[str] = field(default_factory=list)
    meta: Dict[str, int] = field(default_factory=dict)
    done: bool = False

    @cached_property
    def slug(self):
        log.debug("computing slug for %r", self.title)
        return "-".join(self.title.lower().split())


class Tracker:
    def __init__(self):
        self.tasks = []

    def add(self, title, *tags, **meta):
        t = Task(title, list(tags), meta)
        self.tasks.append(t)
        log.info("added %s (%d tags)", t.slug, len(tags))
        return t

    @deprecated("use complete()")
    def finish(self, i):
        return self.complete(i)

    def complete(self, i):
        try:
            self.tasks[i].done = True
        except IndexError:
            log.error("no task #%d", i)
            return False
        audit.warning("completed %s", self.tasks[i].title)
        return True

    @contextlib.contextmanager
    def transaction(self):
        snapshot = copy.deepcopy(self.tasks)
        log.debug("begin (%d tasks)", len(snapshot))
        try:
            yield self
        except Exception as e:
            self.tasks = snapshot
            log.exception("rolled back: %s", e)
        else:
            log.debug("commit")
        finally:
            log.debug("end")


@singledispatch
def render(x):
    return f"<{type(x).__name__}>"


@render.register
def _(x: Task):
    mark = "x" if x.done else " "
    tags = ",".join(x.tags) or "-"
    return f"[{mark}] {x.title:<20} {tags:<12} {x.meta}"


@render.register(list)
def _(x):
    return "\n".join(render(i) for i in x)


@render.register(int)
@render.register(float)
def _(x):
    return f"{x:08.3f}"


tr = Tracker()
tr.add("Write report", "work", prio=2)
tr.add("Buy milk", "home", "shop")
tr.add("Call mom")
print(render(tr.tasks))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    tr.finish(1)
    tr.finish(7)
for w in caught:
    print("caught:", w.category.__name__, w.message, w.lineno)
tr.complete(0)
with tr.transaction():
    tr.add("Temp task")
    tr.tasks[0].tags.append("urgent")
    raise RuntimeError("abort!")
print(render(tr.tasks))
with tr.transaction():
    tr.tasks[2].meta["prio"] = 9
print(render(tr.tasks))
print(render(3), render(2.5), render("s"), render.dispatch(bool).__name__, sorted(k.__name__ for k in render.registry))

orig = tr.tasks[0]
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
sh.tags.append("shared")
print(orig.tags, dp.tags, sh is orig, sh == orig, dp == orig)
nested = {"a": [1, {"b": [2, 3]}], "c": (4, [5])}
nested["self"] = nested
d2 = copy.deepcopy(nested)
print(d2["self"] is d2, d2["a"][1] is nested["a"][1], d2["c"][0])

add3 = partial(lambda a, b, c: a * 100 + b * 10 + c, 1, c=3)
print(add3(2), add3(b=5), add3.args, sorted(add3.keywords), repr(partial(int, base=2)))
print(tr.finish.__name__, tr.finish.__doc__, tr.finish.__wrapped__.__qualname__)

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed ok")
with contextlib.ExitStack() as stack:
    for n in range(3):
        stack.callback(print, "cleanup", n)
    print("in stack")


class Res(contextlib.AbstractContextManager):
    def __init__(self, name):
        self.name = name

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


try:
    with Res("a") as a, Res("b") as b:
        print(a.name, b.name)
        raise ValueError
except ValueError:
    print("propagated")
with contextlib.nullcontext(5) as v:
    print("null", v)
out = []
with contextlib.redirect_stdout(type("W", (), {"write": lambda self, s: out.append(s)})()):
    print("hidden")
print(out)
logging.getLogger().setLevel(logging.WARNING)
log.info("invisible")
log.warning("visible %s", "warning")
print(log.getEffectiveLevel(), logging.getLevelName(30), audit.parent.name, log.isEnabledFor(logging.INFO))
warnings.warn("plain user warning")
print("end", file=sys.stderr)
