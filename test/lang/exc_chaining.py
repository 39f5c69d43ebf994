# Exception chaining: __cause__, __context__, __suppress_context__
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("middle") from e
def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("top")
try:
    level1()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
    print(type(e.__context__.__cause__).__name__, e.__context__.__suppress_context__)
e = ValueError("x")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = TypeError("manual")
print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise OSError("first")
    finally:
        print("finally sees no active exception handled yet")
except OSError as err:
    print("caught", err, err.__context__)
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            print("b context is a:", b.__context__ is a)
            raise IndexError("c") from None
except IndexError as c:
    print(c.__cause__, type(c.__context__).__name__, c.__suppress_context__)
try:
    raise ValueError("with cause") from KeyError("the cause")
except ValueError as v:
    print(repr(v.__cause__), v.__context__)
