# Errors the runtime raises inside an except block (KeyError, StopIteration, AttributeError,
# SystemExit ...) get the handled exception as __context__ when raised, even if caught
# before the handler ends; an exception object merely created there gets none.
try:
    raise ValueError("v")
except ValueError:
    e1 = KeyError("made, not raised")
    print("made:", repr(e1.__context__))
    try:
        next(iter([]))
    except StopIteration as e:
        print("StopIteration:", repr(e.__context__))
    def g():
        yield 1
    it = g()
    next(it)
    try:
        next(it)
    except StopIteration as e:
        print("gen StopIteration:", repr(e.__context__))
    try:
        getattr(object(), "nope")
    except AttributeError as e:
        print("AttributeError:", repr(e.__context__))
    print(hasattr(object(), "nope"), getattr(object(), "nope", "dflt"))
    try:
        [].pop()
    except IndexError as e:
        print("IndexError:", repr(e.__context__))
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            {}["k2"]
    except KeyError as e:
        print("nested:", repr(e), repr(e.__context__), repr(e.__context__.__context__))
try:
    {}["outside"]
except KeyError as e:
    print("outside:", repr(e.__context__))
def deep():
    return [][1]
try:
    raise OSError("o")
except OSError:
    try:
        deep()
    except IndexError as e:
        print("deep:", repr(e.__context__))
import sys
try:
    raise ValueError("for exit")
except ValueError:
    try:
        sys.exit(3)
    except SystemExit as e:
        print("exit:", repr(e.__context__))
