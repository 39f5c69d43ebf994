# Implicit chaining on every raise (CPython's _PyErr_SetObject): re-raising an exception
# object replaces its __context__ with the exception being handled, and a cycle through
# the handled exception's chain is cut where it reaches the re-raised one.
e = KeyError("e")
try:
    raise ValueError("first")
except ValueError:
    try:
        raise e
    except KeyError:
        pass
print(repr(e.__context__))
try:
    raise TypeError("second")
except TypeError:
    try:
        raise e
    except KeyError:
        pass
print(repr(e.__context__))
try:
    raise e
except KeyError:
    pass
print(repr(e.__context__))
def f():
    raise e
try:
    raise OSError("third")
except OSError:
    try:
        f()
    except KeyError:
        pass
print(repr(e.__context__))
try:
    raise OSError("4")
except OSError as o:
    try:
        raise e from None
    except KeyError:
        pass
print(repr(e.__context__), e.__suppress_context__)
x = ValueError("x")
try:
    raise x
except ValueError:
    try:
        raise x
    except ValueError as y:
        print("self:", repr(y.__context__))
a = KeyError("a"); b = KeyError("b")
a.__context__ = b; b.__context__ = a
try:
    raise a
except KeyError:
    c = KeyError("c")
    try:
        raise c
    except KeyError as z:
        print(repr(z.__context__), repr(a.__context__), repr(b.__context__))
try:
    raise SystemExit(3)
except SystemExit as se:
    try:
        try:
            raise ValueError("v")
        except ValueError:
            raise se
    except SystemExit as e:
        print(repr(e.__context__), repr(e.__context__.__context__))
a = KeyError("a")
b = KeyError("b")
try:
    try:
        raise a
    except KeyError:
        try:
            raise b
        except KeyError:
            raise a
except KeyError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
