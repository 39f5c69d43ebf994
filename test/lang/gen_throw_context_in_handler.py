# gen.throw() into a generator suspended inside an except block: the thrown exception's
# __context__ becomes the exception that frame handles, level by level through yield from.
def g():
    try:
        raise ValueError("handled")
    except ValueError:
        try:
            yield 1
        except KeyError as e:
            print("inside gen ctx", repr(e.__context__))
            raise
def h():
    try:
        raise OSError("h")
    except OSError:
        yield from g()
for f in (g, h):
    it = f()
    next(it)
    try:
        it.throw(KeyError("k"))
    except KeyError as e:
        print(f.__name__, repr(e.__context__))
