# Generator that ignores GeneratorExit, and close() from finally/with
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def with_finally(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("cleanup")
log = []
g = with_finally(log)
print(next(g), next(g), log)
g.close()
print("after close", log)
log2 = []
g3 = with_finally(log2)
for v in g3:
    if v == 3:
        break
print("after break", v, log2)
g3.close()
print("after explicit close", log2)
g2 = with_finally([])
print(g2.close(), g2.close())
def never_started():
    print("never printed")
    yield
ns = never_started()
ns.close()
print(next(ns, "exhausted after close"))
