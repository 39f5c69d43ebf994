# Filters (Filter by name, callables, filter objects on loggers and handlers), LoggerAdapter and
# extra= fields.
import logging
import sys

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
root = logging.getLogger()
root.addHandler(h)
root.setLevel(logging.DEBUG)

h.addFilter(logging.Filter("net"))
for name in ("net", "net.http", "network", "ne", "other.net"):
    logging.getLogger(name).info("via %s", name)
h.filters.clear()

f = logging.Filter("a.b")
for name in ("a.b", "a.b.c", "a.bc", "a", ""):
    print(repr(name), f.filter(logging.makeLogRecord({"name": name})))


def no_secrets(record):
    return "secret" not in record.getMessage()


log = logging.getLogger("svc")
log.addFilter(no_secrets)
log.addFilter(no_secrets)
print(len(log.filters))
log.info("public")
log.info("the secret is %s", 42)
log.removeFilter(no_secrets)
log.info("secret now shown")

fmt = logging.Formatter("%(levelname)s %(message)s user=%(user)s ip=%(ip)s")
h.setFormatter(fmt)
log.info("with extra", extra={"user": "bob", "ip": "10.0.0.1"})
try:
    log.info("bad extra", extra={"message": "x"})
except KeyError as e:
    print("KeyError:", e)
try:
    log.info("bad extra", extra={"lineno": 3})
except KeyError as e:
    print("KeyError:", e)

adapter = logging.LoggerAdapter(log, {"user": "carol", "ip": "10.0.0.2"})
adapter.warning("through the adapter %d", 1)
print(adapter, adapter.name, adapter.getEffectiveLevel(), adapter.isEnabledFor(logging.DEBUG))


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {}).update(self.extra)
        return f"[{self.extra['user']}] {msg}", kwargs


p = Prefix(log, {"user": "dave", "ip": "-"})
p.info("prefixed")
p.error("error %s", "x")
p.setLevel(logging.ERROR)
p.info("not shown")
try:
    1 / 0
except ZeroDivisionError:
    p.exception("adapter exception")
print(log.level, p.hasHandlers())
