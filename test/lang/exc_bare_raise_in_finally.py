# A bare `raise` in a finally block re-raises the exception passing through that finally;
# on the normal path it re-raises the enclosing except block's exception (or fails).
def inner_exception_path():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        finally:
            raise


def only_finally():
    try:
        raise ValueError("only")
    finally:
        raise


def normal_path_in_handler():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            pass
        finally:
            raise


def normal_path_no_handler():
    try:
        pass
    finally:
        raise


def nested_except_in_finally():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        finally:
            try:
                raise OSError("c")
            except OSError:
                raise


def star_then_finally():
    try:
        raise ExceptionGroup("g", [KeyError("k"), ValueError("v")])
    except* KeyError:
        try:
            raise TypeError("t")
        finally:
            raise


def star_normal_finally():
    try:
        raise ExceptionGroup("g", [KeyError("k"), ValueError("v")])
    except* KeyError:
        try:
            pass
        finally:
            raise


def gen():
    try:
        raise KeyError("gen-outer")
    except KeyError:
        try:
            yield 1
            raise ValueError("gen-inner")
        finally:
            raise


for f in (inner_exception_path, only_finally, normal_path_in_handler, normal_path_no_handler,
          nested_except_in_finally, star_then_finally, star_normal_finally):
    try:
        f()
    except BaseException as e:
        print(f.__name__, "->", type(e).__name__, repr(e), "ctx", repr(e.__context__))
g = gen()
next(g)
try:
    next(g)
except BaseException as e:
    print("gen ->", repr(e), "ctx", repr(e.__context__))
