# Exception flow through functions, re-raising, and finally ordering
log = []
def risky(n):
    log.append(f"risky({n}) start")
    try:
        if n == 0:
            raise ValueError("zero")
        if n < 0:
            raise TypeError("negative")
        return 10 // n
    finally:
        log.append(f"risky({n}) finally")
def caller(n):
    try:
        r = risky(n)
    except ValueError as e:
        log.append(f"caller handled {e}")
        return "handled"
    else:
        log.append(f"caller else {r}")
        return r
    finally:
        log.append("caller finally")
for n in (5, 0, -1):
    try:
        print(n, "->", caller(n))
    except TypeError as e:
        print(n, "-> escaped", repr(e))
for line in log:
    print(" ", line)
def reraise_modified():
    try:
        [].pop()
    except IndexError as e:
        e.args = ("modified: " + e.args[0],)
        raise
try:
    reraise_modified()
except IndexError as e:
    print(e)
def handler_raises():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError as v:
            return f"nested handled {v!r}, context {v.__context__!r}"
print(handler_raises())
try:
    pass
except Exception:
    print("never")
else:
    print("else ran without exception")
finally:
    print("finally ran")
