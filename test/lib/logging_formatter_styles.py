# Formatter: %, { and $ styles, defaults=, validation errors, formatTime with a fixed record time,
# formatException, BufferingFormatter.
import logging
import time

rec = logging.makeLogRecord({"name": "svc", "levelno": 20, "levelname": "INFO", "msg": "hello %s",
                             "args": ("there",), "created": 86400 * 365.25 * 30 + 0.123,
                             "msecs": 123.0, "lineno": 7, "funcName": "handler"})
print(rec.getMessage(), rec.name, rec.lineno, rec.funcName, rec.pathname, rec.filename)

for fmt, style in [("%(levelname)s %(name)s: %(message)s", "%"),
                   ("{levelname:<6}|{name:>5}|{message!r}", "{"),
                   ("$levelname ${name}: $message", "$"),
                   ("%(name)s %(lineno)04d %(funcName)s", "%")]:
    print(logging.Formatter(fmt, style=style).format(rec))

utc = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y/%m/%d %H:%M:%S")
utc.converter = time.gmtime
print(utc.format(rec))
ms = logging.Formatter("%(asctime)s|%(msecs)03d|%(message)s")
ms.converter = time.gmtime
print(ms.format(rec))
ms.default_msec_format = "%s.%03d"
print(ms.formatTime(rec))
print(logging.Formatter("{asctime}").usesTime(), logging.Formatter("%(message)s").usesTime())

withdefaults = logging.Formatter("%(message)s [%(user)s]", defaults={"user": "anonymous"})
print(withdefaults.format(rec))
rec.user = "alice"
print(withdefaults.format(rec))

for args in [("%(message)d",), ("no fields",), ("{}", None, "{"), ("$", None, "$"), ("{x!z}", None, "{"), ("%(message)s", None, "?")]:
    try:
        logging.Formatter(*args)
        print("ok", args)
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.Formatter("%(nosuchfield)s").format(rec)
except ValueError as e:
    print("ValueError:", e)
print(logging.Formatter("no fields", validate=False).format(rec))

try:
    raise OSError(2, "No such file")
except OSError:
    import sys
    ei = sys.exc_info()
text = logging.Formatter().formatException(ei)
print(text.splitlines()[0], "...", text.splitlines()[-1], text.endswith("\n"))
rec.exc_info = ei
print(logging.Formatter("%(levelname)s %(message)s").format(rec).splitlines()[-1], repr(rec.exc_text[-22:]))

records = [logging.makeLogRecord({"msg": m}) for m in ("one", "two")]


class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return f"<{len(records)}>"

    def formatFooter(self, records):
        return "</>"


print(Framed(logging.Formatter("[%(message)s]")).format(records), repr(logging.BufferingFormatter().format([])))
