# contextlib: generator-based managers with setup/teardown and error translation
from contextlib import contextmanager
log = []
@contextmanager
def transaction(db):
    snapshot = dict(db)
    log.append("begin")
    try:
        yield db
        log.append("commit")
    except Exception as e:
        db.clear()
        db.update(snapshot)
        log.append(f"rollback ({e})")
        raise
db = {"balance": 100}
with transaction(db) as d:
    d["balance"] -= 30
print(db, log)
try:
    with transaction(db) as d:
        d["balance"] -= 500
        if d["balance"] < 0:
            raise ValueError("overdraft")
except ValueError:
    print("overdraft rolled back")
print(db, log)
@contextmanager
def translate_errors():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"translated {e}") from e
try:
    with translate_errors():
        {}["k"]
except LookupError as e:
    print(e, "| cause:", repr(e.__cause__))
@contextmanager
def indent(level):
    yield "  " * level
with indent(1) as a, indent(2) as b:
    print(a + "one")
    print(b + "two")
cm = indent(3)
with cm as p:
    print(repr(p))
print("done")
