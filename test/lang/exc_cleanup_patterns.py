# Exception handling patterns: retry loops, cleanup stacks, error accumulation
attempts = {"n": 0}
def flaky():
    attempts["n"] += 1
    if attempts["n"] < 3:
        raise ConnectionError(f"attempt {attempts['n']} failed")
    return "connected"
def retry(fn, tries):
    errors = []
    for i in range(tries):
        try:
            return fn(), errors
        except ConnectionError as e:
            errors.append(str(e))
    raise RuntimeError(f"gave up after {tries} tries: {errors}")
print(retry(flaky, 5))
attempts["n"] = -10
try:
    retry(flaky, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
cleanups = []
def acquire(name, fail=False):
    if fail:
        raise OSError(f"cannot acquire {name}")
    cleanups.append(name)
    return name
try:
    for res, fail in [("db", False), ("cache", False), ("queue", True), ("never", False)]:
        acquire(res, fail)
except OSError as e:
    print("OSError:", e)
finally:
    while cleanups:
        print("release", cleanups.pop())
def validate(record):
    problems = []
    for field, check, msg in [("name", str.isalpha, "letters only"), ("age", str.isdigit, "digits only")]:
        try:
            if not check(record[field]):
                problems.append(f"{field}: {msg}")
        except KeyError as e:
            problems.append(f"missing {e}")
    return problems
for rec in [{"name": "ann", "age": "3"}, {"name": "b0b", "age": "x"}, {"age": "5"}]:
    print(rec, validate(rec) or "ok")
