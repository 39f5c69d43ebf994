# Error handling: custom hierarchy, raise from, chaining, ExceptionGroup/except*, notes, finally, traceback
import traceback
import sys


class AppError(Exception):
    code = 1

    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail


class ConfigError(AppError):
    code = 2


class ValidationError(AppError, ValueError):
    code = 3


def parse_int(field, s):
    try:
        return int(s)
    except ValueError as e:
        raise ValidationError(f"field {field!r}: not an int", detail=s) from e


def load(cfg):
    out = {}
    for k, v in cfg.items():
        try:
            out[k] = parse_int(k, v)
        except ValidationError as e:
            e.add_note(f"while loading key {k}")
            raise
        finally:
            print("  visited", k)
    return out


def validate_all(records):
    errors = []
    for i, r in enumerate(records):
        try:
            if not isinstance(r, dict):
                raise TypeError(f"record {i} is {type(r).__name__}")
            if "id" not in r:
                raise KeyError("id")
            if r["id"] < 0:
                raise ValidationError(f"record {i}: negative id {r['id']}")
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} bad records", errors)


print(load({"a": "1", "b": " 22 "}))
try:
    load({"x": "3", "y": "3.5", "z": "9"})
except AppError as e:
    print(type(e).__name__, e, e.detail, e.code, isinstance(e, ValueError))
    print("cause:", repr(e.__cause__), "context is cause:", e.__context__ is e.__cause__)
    print("notes:", e.__notes__, e.__suppress_context__)
    lines = traceback.format_exception_only(type(e), e)
    print("".join(lines), end="")

try:
    validate_all([{"id": 1}, [], {"id": -4}, {}, {"id": 2}, "s"])
except* TypeError as eg:
    print("types:", [str(x) for x in eg.exceptions])
except* (KeyError, ValidationError) as eg:
    print("other:", eg.message, [repr(x) for x in eg.exceptions])

eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
match, rest = eg.split(ValueError)
print(repr(match), "|", repr(rest))
print(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError))))
print(len(eg.exceptions), eg.derive([ZeroDivisionError()]).message)
try:
    ExceptionGroup("bad", [1])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)


def order():
    log = []
    try:
        try:
            log.append("try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")


print(order())


def swallow():
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("boom")
        finally:
            if i == 1:
                break
    return i


print(swallow())

try:
    try:
        {}["missing"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

try:
    try:
        raise OSError(2, "No such file")
    except OSError as e:
        raise RuntimeError("wrapped") from None
except RuntimeError as e:
    print(e, e.__suppress_context__, repr(e.__context__))
    print(e.__context__.errno, e.__context__.strerror, e.__context__.args)


def fmt_tb():
    try:
        [].pop()
    except IndexError:
        s = traceback.format_exc()
        print(s.splitlines()[0], "...", s.splitlines()[-1])


fmt_tb()
e = AppError("x")
print(e.args, str(e), repr(e), AppError.__mro__[1].__name__)
print(sys.exc_info())
exc = ValueError("with notes")
exc.add_note("note one")
exc.add_note("note two")
try:
    exc.add_note(3)
except TypeError as err:
    print("TypeError:", err)
print(traceback.format_exception_only(exc))
raise ConfigError("fatal config") from KeyError("db")
