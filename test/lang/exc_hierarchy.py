# Exception hierarchy: catching by base classes
def attempt(fn):
    try:
        fn()
    except LookupError as e:
        return f"LookupError caught {type(e).__name__}: {e}"
    except ArithmeticError as e:
        return f"ArithmeticError caught {type(e).__name__}: {e}"
    except (TypeError, ValueError) as e:
        return f"TypeError/ValueError caught {type(e).__name__}: {e}"
    except Exception as e:
        return f"Exception caught {type(e).__name__}: {e}"
    return "no error"
print(attempt(lambda: {}["k"]))
print(attempt(lambda: [][0]))
print(attempt(lambda: "abc"[10]))
print(attempt(lambda: 1 / 0))
print(attempt(lambda: 1 % 0))
print(attempt(lambda: 2.0 ** 10000))
print(attempt(lambda: int("x")))
print(attempt(lambda: len(5)))
print(attempt(lambda: undefined_name))
print(attempt(lambda: None.attr))
print(attempt(lambda: None))
for exc in [KeyError, IndexError, ZeroDivisionError, OverflowError, UnboundLocalError, RecursionError, StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, NotImplementedError, UnicodeDecodeError, FileNotFoundError]:
    print(exc.__name__, "->", [c.__name__ for c in exc.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(LookupError, Exception), issubclass(SystemExit, Exception))
try:
    raise KeyError("x")
except IndexError:
    print("wrong")
except LookupError:
    print("LookupError clause after a non-matching IndexError clause")
