import asyncio

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

async def producer(name, n, out):
    for i in range(n):
        await asyncio.sleep(0)
        out.append((name, i))
    return f"{name} done"

async def main():
    inc, get = make_counter()
    print([inc() for _ in range(3)], get(), inc(10), get())
    out = []
    results = await asyncio.gather(*(producer(n, k, out) for n, k in zip("abc", (2, 3, 1))))
    print(results, out)
    first, *rest = out
    *init, last = out
    (a, b), c = ("x", "y"), "z"
    print(first, rest[-1], init[0], last, a, b, c)
    matrix = [[1, 2, 3], [4, 5, 6]]
    print([*zip(*matrix)], {**{"a": 1}, "b": 2, **{"a": 3}}, [*range(3), *"ab"], (*[1], 2))
    if (n := len(out)) > 3:
        print("walrus", n)
    print([y for x in range(5) if (y := x * x) % 2], y)
    print(1 < 2 < 3 > 2 != 5, 1 < 2 > 3, "a" < "b" < "c", 3 >= 3 <= 3 == 3)
    f = lambda x, *a, k=2, **kw: (x, a, k, kw)
    print(f(1), f(1, 2, 3, k=4, z=5), (lambda: (yield))().__class__.__name__)
    def kwonly(a, /, b, *, c):
        return a + b + c
    print(kwonly(1, 2, c=3), kwonly(1, b=2, c=3))
    for bad in [lambda: kwonly(a=1, b=2, c=3), lambda: kwonly(1, 2, 3), lambda: kwonly(1, 2), lambda: kwonly(1, c=2), lambda: kwonly(1, 2, c=3, d=4), lambda: f()]:
        try:
            bad()
        except TypeError as e:
            print(e)
    x = 10
    def outer():
        x = 20
        class Inner:
            x = 30
            y = x + 1
            z = [x for _ in range(1)]
            def m(self):
                return x
        return Inner.y, Inner.z, Inner().m()
    print(outer())
    global g
    g = 5
    def uses_global():
        global g
        g += 1
        return g
    print(uses_global(), g)
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    print([fn() for fn in fns])
    try:
        print(undefined_later)
    except NameError as e:
        print(e)
    def unbound():
        print(val)
        val = 1
    try:
        unbound()
    except UnboundLocalError as e:
        print(e)
    def free_unbound():
        def inner():
            return v
        try:
            inner()
        except NameError as e:
            print(type(e).__name__, e)
        v = 1
    free_unbound()

asyncio.run(main())
