for args in [(2, "No such file"), (13, "Denied"), (17, "exists"), (1,), (), (2, "x", "f.txt"), (2, "x", "a", 0, "b"), (32, "pipe"), (11, "again"), (4, "intr"), (110, "timeout"), (111, "refused"), (20, "notdir"), (21, "isdir")]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.errno, e.strerror, e.filename, e.args)
print(repr(KeyError("a")), str(KeyError("a")), str(KeyError("a", "b")), str(KeyError()), repr(IndexError()), str(ValueError(None)))
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(str(e), e.start, e.end, e.reason, e.object)
print(str(UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)")))
s = StopIteration(5); print(s.value, repr(s)); print(StopIteration().value)
x = SystemExit(3); print(x.code, SystemExit().code, SystemExit(1, 2).code)
n = NameError("msg", name="foo"); print(n.name, str(n))
a = AttributeError("m", name="n", obj=1); print(a.name, a.obj)
i = ImportError("m", name="mod", path="/p"); print(i.name, i.path, i.msg, repr(i))
sy = SyntaxError("bad", ("f.py", 3, 4, "x = (", 3, 9)); print(sy.msg, sy.lineno, sy.offset, sy.text, sy.filename, sy.end_lineno, str(sy))
print(repr(BaseException("a", 1)), str(BaseException()), str(Exception([1, 2])), repr(ExceptionGroup("g", [ValueError()])))
class MyE(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = MyE(1, 2); print(repr(e), str(e), e.args)
try: raise MyE(1, 2)
except MyE as err: print(err.__traceback__ is not None, err.__traceback__.tb_lineno, type(err.__traceback__).__name__)
print(issubclass(FileNotFoundError, OSError), OSError is IOError, EnvironmentError is OSError, BlockingIOError.__mro__[1].__name__)

w = Warning("w"); print(repr(w), isinstance(w, Exception), DeprecationWarning.__mro__)
e = Exception("x"); e.__cause__ = ValueError(); print(e.__suppress_context__); e.__context__ = None
try: e.__cause__ = 5
except TypeError as err: print(err)
print(BaseException().with_traceback(None), Exception.__name__, Exception.__qualname__, Exception.__module__)
try: e.__context__ = "x"
except TypeError as err: print(err)
e.__context__ = ValueError("c"); print(repr(e.__context__))
try: NameError("m", x=1)
except TypeError as e: print(e)
try: AttributeError("m", name="a", obj=2, z=3)
except TypeError as e: print(e)
a = AttributeError("m", obj=5); print(a.name, a.obj, a.args)
print(AttributeError().name, AttributeError().obj)
n = NameError(); print(n.name)
