# send() to a generator or coroutine closed (or thrown into) before it started: it is
# finished, so StopIteration / 'cannot reuse' rather than the just-started TypeError.
def g():
    yield 1
async def c():
    return 1
for label, make in (("closed", lambda: g()), ("thrown", lambda: g())):
    it = make()
    if label == "closed":
        it.close()
    else:
        try:
            it.throw(KeyError("k"))
        except KeyError:
            pass
    for v in ("S", None):
        try:
            it.send(v)
        except BaseException as e:
            print(label, repr(v), type(e).__name__, e)
co = c()
co.close()
for v in ("S", None):
    try:
        co.send(v)
    except BaseException as e:
        print("coro closed", repr(v), type(e).__name__, e)
co = c()
try:
    co.send("S")
except BaseException as e:
    print("coro fresh", type(e).__name__, e)
co.close()
