# Nested with/try/loops interplay and exception propagation through several levels
class CM:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else '-'}")
        return et is KeyError
def scenario(kind):
    log = []
    try:
        with CM("outer", log):
            for i in range(3):
                with CM(f"loop{i}", log):
                    try:
                        if i == 1 and kind == "key":
                            raise KeyError(i)
                        if i == 1 and kind == "value":
                            raise ValueError(i)
                        if i == 2 and kind == "break":
                            break
                        log.append(f"body{i}")
                    finally:
                        log.append(f"finally{i}")
    except ValueError as e:
        log.append(f"caught ValueError {e}")
    return log
for kind in ("none", "key", "value", "break"):
    print(kind)
    for entry in scenario(kind):
        print("   ", entry)
def gen_with_cm():
    log = []
    with CM("gen", log):
        yield log
        yield log
g = gen_with_cm()
lg = next(g)
print(lg)
next(g)
g.close()
print(lg)
