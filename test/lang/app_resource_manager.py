# Resource manager: nested context managers (class-based and generator-based), ExitStack ownership
# transfer, exceptions raised in __exit__, suppression (including exception groups), decorators made
# from context managers, and an audit log of the acquire/release order
import contextlib

AUDIT = []


class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.busy = set()

    @contextlib.contextmanager
    def lease(self, who, fail_on_release=False):
        if not self.free:
            raise RuntimeError(f"pool exhausted for {who}")
        slot = self.free.pop(0)
        self.busy.add(slot)
        AUDIT.append(f"+{who}:{slot}")
        try:
            yield slot
        except ValueError as e:
            AUDIT.append(f"!{who}:{e}")
            raise
        finally:
            self.busy.discard(slot)
            self.free.append(slot)
            AUDIT.append(f"-{who}:{slot}")
            if fail_on_release:
                raise OSError(f"release of slot {slot} failed")


class Transaction:
    def __init__(self, name, store):
        self.name, self.store = name, store

    def __enter__(self):
        self.snapshot = dict(self.store)
        AUDIT.append(f"begin {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        if et is None:
            AUDIT.append(f"commit {self.name}")
            return False
        self.store.clear()
        self.store.update(self.snapshot)
        AUDIT.append(f"rollback {self.name} ({et.__name__})")
        return et is KeyError


pool = Pool(2)
store = {"x": 1}
with pool.lease("A") as a, pool.lease("B") as b:
    print("leased", a, b, sorted(pool.busy), pool.free)
try:
    with pool.lease("C"), pool.lease("D"), pool.lease("E"):
        pass
except RuntimeError as e:
    print("RuntimeError:", e, pool.free)
with Transaction("t1", store):
    store["y"] = 2
with Transaction("t2", store):
    store["z"] = 3
    raise KeyError("missing")
print("store after t2", store)
try:
    with Transaction("t3", store):
        store["w"] = 4
        with pool.lease("F") as s:
            raise ValueError(f"bad data in slot {s}")
except ValueError as e:
    print("ValueError:", e, "store", store)
try:
    with pool.lease("G", fail_on_release=True):
        raise ValueError("primary")
except OSError as e:
    print("OSError:", e, "| context:", repr(e.__context__))
with contextlib.ExitStack() as outer:
    leases = [outer.enter_context(pool.lease(n)) for n in "HI"]
    print("stack leased", leases)
    keep = outer.pop_all()
print("transferred; busy", sorted(pool.busy))
keep.close()
print("closed; busy", sorted(pool.busy))
with contextlib.ExitStack() as st:
    st.callback(AUDIT.append, "callback-last")
    st.enter_context(Transaction("t4", store))
    st.push(lambda *exc: AUDIT.append(f"push sees {exc[0].__name__ if exc[0] else None}"))
    store["v"] = 5
print("store", store)
with contextlib.suppress(ZeroDivisionError):
    with Transaction("t5", store):
        store["u"] = 1 / 0
try:
    with contextlib.suppress(TypeError):
        raise ExceptionGroup("batch", [TypeError("t"), ValueError("v")])
except ExceptionGroup as eg:
    print("left over:", repr(eg))


@pool.lease("deco")
def job(n):
    return sum(range(n))


print(job(10), job(5))


class Tracker(contextlib.ContextDecorator):
    def __enter__(self):
        AUDIT.append("track>")
        return self

    def __exit__(self, *exc):
        AUDIT.append("<track")


@Tracker()
def tracked():
    AUDIT.append("inside")


tracked()
for i, line in enumerate(AUDIT):
    print(f"{i:2d} {line}")
print(len(AUDIT), pool.free, store)
