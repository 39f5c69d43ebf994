# Generator throw() and close(), GeneratorExit and finally
def worker():
    try:
        n = 0
        while True:
            try:
                yield n
                n += 1
            except ValueError as e:
                print("  worker handled", e)
                n = 100
    finally:
        print("  worker finally")
w = worker()
print(next(w), next(w))
print(w.throw(ValueError("reset")))
print(next(w))
w.close()
print("closed")
try:
    next(w)
except StopIteration:
    print("StopIteration after close")
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
g = catches_exit()
next(g)
g.close()
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("boom"))
except KeyError as e:
    print("propagated KeyError", e)
print(list(u))
n = unhandled()
n.close()
print("close unstarted ok", list(n))
def throw_returns():
    try:
        yield 1
    except ValueError:
        return "done early"
t = throw_returns()
next(t)
try:
    t.throw(ValueError)
except StopIteration as s:
    print("StopIteration value", s.value)
