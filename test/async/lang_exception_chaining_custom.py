import asyncio

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"

class NoArgs(Exception):
    pass

class Kw(Exception):
    def __init__(self, *, reason):
        super().__init__()
        self.reason = reason

async def fail(n):
    await asyncio.sleep(0)
    if n == 1:
        raise AppError(404, "missing")
    if n == 2:
        try:
            {}["k"]
        except KeyError as e:
            raise ValueError("converted") from e
    if n == 3:
        try:
            1 / 0
        except ZeroDivisionError:
            raise TypeError("implicit")
    if n == 4:
        try:
            1 / 0
        except ZeroDivisionError:
            raise TypeError("suppressed") from None
    return n

async def main():
    for n in range(5):
        try:
            print("ok", await fail(n))
        except Exception as e:
            print(type(e).__name__, str(e), repr(e), e.args)
            print("  cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)
            print("  tb:", e.__traceback__ is not None, type(e.__traceback__).__name__)
    print(repr(NoArgs()), str(NoArgs()), repr(NoArgs("a")), str(NoArgs("a", 2)), NoArgs(1).args)
    print(repr(Kw(reason="r")), Kw(reason="x").reason)
    e = ValueError("base")
    e.add_note("note one")
    e.add_note("note two")
    print(e.__notes__, str(e), repr(e))
    try:
        e.add_note(3)
    except TypeError as t:
        print(t)
    print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), repr(OSError(2, "nf")), str(OSError(2, "nf")))
    print(issubclass(AppError, Exception), AppError.__mro__[1:], isinstance(KeyError(), LookupError))
    print(repr(StopIteration(5).value), repr(SystemExit(3).code), repr(UnicodeError("u")))
    try:
        try:
            raise ValueError("inner")
        finally:
            print("finally runs")
    except ValueError as e:
        print("caught", e)
    def gen():
        try:
            yield 1
        except GeneratorExit:
            print("genexit")
            raise
    g = gen(); next(g); g.close()
    err = None
    try:
        raise RuntimeError("bound")
    except RuntimeError as err:
        pass
    try:
        print(err)
    except NameError as ne:
        print("NameError:", ne)
    print(BaseException.__subclasses__()[:0], Exception("x") == Exception("x"))
    raise AppError(500, "final") from KeyError("root")

asyncio.run(main())
