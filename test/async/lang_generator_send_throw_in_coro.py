import asyncio

def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

def delegator():
    r = yield from counter()
    print("delegate got", r)
    yield r * 2
    return "end"

def thrower():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in gen", e)
        yield "recovered"
    finally:
        print("gen finally")

def bad_stop():
    yield 1
    raise StopIteration("oops")

async def main():
    await asyncio.sleep(0)
    g = counter()
    print(next(g), g.send(5), g.send(10))
    try:
        g.send(None)
    except StopIteration as e:
        print("returned", e.value)
    d = delegator()
    print(next(d), d.send(1), d.send(2), d.send(None))
    try:
        next(d)
    except StopIteration as e:
        print("stop", e.value)
    t = thrower()
    print(next(t), t.throw(ValueError("x")))
    t.close()
    t2 = thrower()
    next(t2)
    try:
        t2.throw(KeyError("k"))
    except KeyError as e:
        print("propagated", e)
    b = bad_stop()
    next(b)
    try:
        next(b)
    except RuntimeError as e:
        print(type(e).__name__, e, repr(e.__cause__))
    g2 = (i * i for i in range(4))
    print(g2.__name__, next(g2), list(g2), list(g2))
    try:
        g.send(1)
    except StopIteration:
        print("exhausted")
    g3 = counter()
    try:
        g3.send(3)
    except TypeError as e:
        print(e)
    def gen_ret():
        return 5
        yield
    print(list(gen_ret()))
    def running():
        yield me.send(None)
    me = running()
    try:
        next(me)
    except ValueError as e:
        print(e)
    print(me.gi_running, me.gi_frame is None)
    def fin():
        try:
            yield 1
        finally:
            yield 2
    f = fin(); next(f)
    try:
        f.close()
    except RuntimeError as e:
        print(e)
    x = [1, 2, 3]
    ge = (v for v in x)
    x.append(4)
    print(list(ge))
    def nested():
        yield from range(3)
        yield from "ab"
        return (yield from [9])
    print(list(nested()))
    print(sum(i for i in range(10) if i % 3), max((len(w), w) for w in "aa b ccc".split()))

asyncio.run(main())
