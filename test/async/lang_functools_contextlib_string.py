import asyncio
import string
import functools
from functools import lru_cache, partial, wraps, total_ordering, singledispatchmethod, reduce, update_wrapper, cached_property
from contextlib import ExitStack, AsyncExitStack, contextmanager, asynccontextmanager, suppress

@lru_cache(maxsize=None, typed=True)
def typed_sq(x):
    return x * x

@lru_cache(maxsize=3)
def kw(a, b=1, *, c=2):
    return a + b + c

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"obj:{arg!r}"
    @fmt.register
    def _(self, arg: int):
        return f"int:{arg}"
    @fmt.register
    def _(self, arg: list):
        return "list:" + ",".join(self.fmt(a) for a in arg)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    inner.extra = True
    return inner

@deco
def documented(x: int) -> int:
    """Doubles x."""
    return 2 * x
documented.custom = "attr"

@contextmanager
def step(name, log):
    log.append(f"enter {name}")
    try:
        yield name
    except KeyError:
        log.append(f"{name} swallowed KeyError")
    finally:
        log.append(f"exit {name}")

async def main():
    await asyncio.sleep(0)
    t = string.Template("$who likes ${what}; $$5")
    print(t.substitute(who="tim", what="tea"), t.safe_substitute(who="x"), string.ascii_letters[:5], string.digits, string.punctuation[:6], string.capwords("hello  big world"))
    try:
        t.substitute(who="a")
    except KeyError as e:
        print("KeyError", e)
    f = string.Formatter()
    print(f.format("{0}-{x!r}-{1:>4}", "a", 7, x="y"), list(f.parse("a{b}c{d!s:>3}")))
    print("{name} is {age}".format_map({"name": "n", "age": 3}))
    for v in [1, 1.0, 2, 2.0, True]:
        typed_sq(v)
    print(typed_sq.cache_info(), typed_sq.cache_parameters())
    print(kw(1), kw(1, 1), kw(a=1), kw(1, c=2), kw(1, b=1, c=2), kw.cache_info())
    print(Formatter().fmt(3), Formatter().fmt([1, "x"]), Formatter().fmt(2.5))
    print(documented(4), documented.__name__, documented.__doc__, documented.__qualname__, documented.__annotations__, documented.__wrapped__.__name__, documented.extra, documented.custom)
    p = partial(partial(max, 1), 5, key=abs)
    print(p.func, p.args, p.keywords, p(-9), repr(partial(int, base=2)))
    print(reduce(lambda a, b: a + b, [[1], [2], [3]], []), reduce(lambda a, b: a * b, [], 1))
    try:
        @total_ordering
        class Bad:
            pass
    except ValueError as e:
        print(e)
    def other(): "other doc"
    w = update_wrapper(lambda: 1, other)
    print(w.__name__, w.__doc__)
    class Slot:
        __slots__ = ("a",)
        @cached_property
        def b(self): return 1
    try:
        Slot().b
    except TypeError as e:
        print(e)
    log = []
    with ExitStack() as st:
        st.enter_context(step("a", log))
        st.callback(log.append, "cb1")
        st.enter_context(step("b", log))
        st.callback(log.append, "cb2")
        stack2 = st.pop_all()
    log.append("after pop_all")
    stack2.close()
    print(log)
    log.clear()
    try:
        with ExitStack() as st:
            st.enter_context(step("outer", log))
            st.callback(lambda: (_ for _ in ()).throw(ValueError("from callback")))
            raise KeyError("body")
    except ValueError as e:
        print("ValueError", e, repr(e.__context__))
    print(log)
    async with AsyncExitStack() as ast:
        async def aexit(*exc):
            print("async exit", exc[0])
            return False
        ast.push_async_exit(aexit)
        ast.push_async_callback(asyncio.sleep, 0)
        print("inside async exit stack")
    with suppress(ZeroDivisionError) as s:
        1 / 0
    print("suppress value", s)

asyncio.run(main())
