# A generator that only a local holds is closed when the function returns or the name is bound
# again (CPython's reference count reaches zero): its finally clause runs right then.


def numbers(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("  close", tag)


def first_two():
    g = numbers("next")
    print(" ", next(g), next(g))
    print("  returning")
    return "first_two done"


def break_out():
    g = numbers("for-break")
    for x in g:
        if x == 2:
            break
    print("  after the loop")


def rebind():
    g = numbers("old")
    next(g)
    g = numbers("new")
    print("  rebound")
    next(g)


def drive_with_send():
    g = numbers("send")
    g.send(None)
    print(" ", g.send("ignored"))


def never_started():
    g = numbers("unstarted")
    print(" ", type(g).__name__)


def exhausted():
    g = numbers("exhausted")
    print(" ", sum(1 for _ in range(3)), list(x for x in [1]))
    for x in g:
        pass
    print("  loop ran out")


def compared():
    g = numbers("compared")
    if g is not None:
        print(" ", next(g))


def take_two(iterable):
    it = iter(iterable)
    return next(it), next(it)


kept = []


def passed_through():
    g = numbers("passed through")
    kept.append(g)
    print(" ", take_two(g), "and then", next(g))


def returned():
    g = numbers("returned")
    next(g)
    return g


for fn in (first_two, break_out, rebind, drive_with_send, never_started, exhausted, compared, passed_through):
    print(fn.__name__)
    print(" ", fn())
print("still open:", kept[0].gi_frame is not None)
kept[0].close()
print("returned")
g = returned()
print("  still open:", g.gi_frame is not None)
g.close()
print("end")
