# Multiple except clauses, exception object lifetime, sys.exc_info
import sys
def which(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except ZeroDivisionError:
        return "zero"
    except Exception as e:
        return "other:" + type(e).__name__
    except BaseException as e:
        return "base:" + type(e).__name__
for exc in [KeyError, IndexError("i"), ZeroDivisionError(), OSError, KeyboardInterrupt, SystemExit(2), GeneratorExit]:
    print(which(exc))
print(sys.exc_info())
try:
    raise ValueError("inside")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info()[0])
def get_exc():
    try:
        raise TypeError("kept")
    except TypeError as e:
        saved = e
    return saved
e = get_exc()
print(repr(e), e.__traceback__ is not None)
try:
    raise e
except TypeError as again:
    print("re-raised saved:", again is e)
class_ = ValueError
try:
    raise class_
except class_ as c:
    print("raised class instance args:", c.args)
try:
    raise 42
except TypeError as te:
    print("TypeError:", te)
def exc_var_cleared():
    err = "before"
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "cleared: " + str(e)
print(exc_var_cleared())
