# Assignment evaluates the value first, then the target's object, then its subscript key.
class O:
    pass


o = O()
d = {}
log = []


def a():
    log.append("a")
    return o


def b(v):
    log.append(f"b{v}")
    return v


def k():
    log.append("k")
    return "key"


def dd():
    log.append("d")
    return d


a().x = b(1)
dd()[k()] = b(2)
a().y = dd()[k()] = b(3)
o.z = o.x + b(4)
print(log)
print(o.x, o.y, o.z, d)
