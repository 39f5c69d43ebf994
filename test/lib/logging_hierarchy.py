# getLogger's dotted hierarchy: placeholders, parents fixed up later, propagation, effective levels.
import logging
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[%(name)s] %(levelname)s %(message)s"))

leaf = logging.getLogger("app.db.pool")
print(leaf.parent is logging.getLogger(), leaf.parent)
app = logging.getLogger("app")
print(leaf.parent is app, app.parent)
db = logging.getLogger("app.db")
print(leaf.parent is db, db.parent is app)
print(logging.getLogger("app.db") is db, app.getChild("db") is db, logging.getLogger().getChild("app") is app)
print(logging.getLogger("root") is logging.root, logging.getLogger(None) is logging.root, logging.getLogger("") is logging.root)

app.addHandler(out)
app.setLevel(logging.DEBUG)
print(leaf.getEffectiveLevel(), db.getEffectiveLevel(), logging.root.getEffectiveLevel())
print(leaf, db, app, logging.root)
leaf.debug("from the leaf")
db.setLevel(logging.ERROR)
leaf.warning("below the db level")
leaf.error("at the db level")
print(leaf.isEnabledFor(logging.WARNING), leaf.isEnabledFor(logging.CRITICAL))

second = logging.StreamHandler(sys.stdout)
second.setFormatter(logging.Formatter("  db handler: %(message)s"))
second.setLevel(logging.CRITICAL)
db.addHandler(second)
leaf.error("error: only the app handler")
leaf.critical("critical: both handlers")
db.propagate = False
leaf.critical("critical, db does not propagate")
db.propagate = True
db.removeHandler(second)
db.removeHandler(second)
print(db.hasHandlers(), logging.getLogger("other").hasHandlers(), len(db.handlers))

leaf.disabled = True
leaf.critical("disabled logger")
leaf.disabled = False
leaf.critical("enabled logger")
try:
    logging.getLogger(3)
except TypeError as e:
    print("TypeError:", e)
names = sorted(n for n in logging.Logger.manager.loggerDict if n.startswith("app"))
print(names)
