# gen.throw() from inside an except block: the generator itself handles nothing, so the
# thrown exception gets no __context__, whether caught in the handler or escaping it.
def g():
    yield 1
async def c():
    pass
try:
    raise ValueError("handled")
except ValueError:
    it = g()
    next(it)
    try:
        it.throw(KeyError("k"))
    except KeyError as e:
        print("caught inside:", repr(e.__context__))
try:
    try:
        raise ValueError("handled2")
    except ValueError:
        it = g()
        next(it)
        it.throw(KeyError("k2"))
except KeyError as e:
    print("escaped handler:", repr(e.__context__))
try:
    try:
        raise ValueError("handled3")
    except ValueError:
        it = g()
        it.throw(OSError("unstarted"))
except OSError as e:
    print("unstarted:", repr(e.__context__))
