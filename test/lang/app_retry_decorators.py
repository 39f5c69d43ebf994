# Decorator toolkit: decorators with and without arguments, class-based decorators, stacking order,
# functools.wraps metadata, retry with exception filtering, memoize with stats, rate counting,
# method decorators (descriptor protocol), contextlib.ContextDecorator
import functools
import contextlib
import time

CALL_LOG = []


def logged(fn=None, *, prefix="call"):
    if fn is None:
        return functools.partial(logged, prefix=prefix)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        CALL_LOG.append(f"{prefix}:{fn.__name__}({', '.join(parts)})")
        return fn(*args, **kwargs)
    return wrapper


def retry(times=3, on=(Exception,), backoff=0):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    result = fn(*args, **kwargs)
                    wrapper.attempts.append(attempt)
                    return result
                except on as e:
                    last = e
                    print(f"  attempt {attempt}/{times} of {fn.__name__} failed: {type(e).__name__}: {e}")
                    if backoff:
                        time.sleep(backoff)
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        wrapper.attempts = []
        return wrapper
    return deco


class Memoize:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.cache = {}
        self.hits = self.misses = 0

    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        self.misses += 1
        self.cache[args] = r = self.fn(*args)
        return r

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)

    def stats(self):
        return f"{self.__name__}: {self.hits} hits, {self.misses} misses, {len(self.cache)} cached"


class timer(contextlib.ContextDecorator):
    depth = 0

    def __init__(self, label):
        self.label = label

    def __enter__(self):
        timer.depth += 1
        print(f"{'  ' * timer.depth}> {self.label}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"{'  ' * timer.depth}< {self.label}{' (' + exc_type.__name__ + ')' if exc_type else ''}")
        timer.depth -= 1
        return False


def trace_order(name):
    def deco(fn):
        print(f"decorating {fn.__name__} with {name}")

        @functools.wraps(fn)
        def inner(*a):
            print(f"enter {name}")
            r = fn(*a)
            print(f"exit {name}")
            return r
        return inner
    return deco


@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b


@logged(prefix="math")
def mul(a, b):
    return a * b


flaky_state = {"n": 0}


@retry(times=4, on=(ConnectionError, TimeoutError), backoff=0.001)
def flaky(threshold):
    flaky_state["n"] += 1
    if flaky_state["n"] < threshold:
        raise (ConnectionError if flaky_state["n"] % 2 else TimeoutError)(f"try {flaky_state['n']}")
    return f"ok after {flaky_state['n']}"


@retry(times=2, on=(KeyError,))
def wrong_kind():
    raise ValueError("not retried")


@Memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Grid:
    def __init__(self, w):
        self.w = w

    @Memoize
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)


@timer("outer")
def work(n):
    with timer("inner"):
        if n < 0:
            raise ValueError("negative")
        return n * 2


@trace_order("first")
@trace_order("second")
def stacked(x):
    print("body", x)
    return x


print(add(1, 2), add(5, b=6), mul(3, 4), add.__name__, add.__doc__, add.__wrapped__(10))
print(CALL_LOG)
print(flaky(3), flaky.attempts)
flaky_state["n"] = 0
try:
    flaky(9)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
try:
    wrong_kind()
except ValueError as e:
    print("ValueError passed through:", e)
print(fib(60), fib.stats(), fib.__name__, type(fib).__name__)
g = Grid(3)
print(g.paths(8, 8), Grid.paths.stats())
print(work(21))
try:
    work(-1)
except ValueError as e:
    print("ValueError:", e)
print(stacked(7), stacked.__name__, stacked.__wrapped__.__name__)
print(functools.WRAPPER_ASSIGNMENTS, sorted(vars(add))[:3])
