# try/except/else/finally ordering
def run(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError("v")
        if mode == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for m in ("ok", "raise", "return"):
    print(m, run(m))

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())

def finally_swallows():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"
print(finally_swallows())

def nested():
    out = []
    try:
        try:
            out.append(1)
            raise KeyError("inner")
        finally:
            out.append(2)
    except KeyError as e:
        out.append(("caught", str(e)))
    finally:
        out.append(3)
    return out
print(nested())

def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_before_finally())
