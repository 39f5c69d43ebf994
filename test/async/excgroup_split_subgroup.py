import asyncio

def show(label, g):
    if g is None:
        print(label, None)
        return
    out = []
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            out.append((e.message, [repr(x) for x in e.exceptions]))
        else:
            out.append(repr(e))
    print(label, g.message, out)


inner = ExceptionGroup("inner", [KeyError("k"), ValueError("v2")])
eg = ExceptionGroup("outer", [ValueError("v1"), TypeError("t"), inner])
match, rest = eg.split(ValueError)
show("split match:", match)
show("split rest:", rest)
show("subgroup ValueError:", eg.subgroup(ValueError))
show("subgroup (KeyError, TypeError):", eg.subgroup((KeyError, TypeError)))
show("subgroup none:", eg.subgroup(OSError))
print("subgroup all is self:", eg.subgroup(Exception) is eg)
show("predicate:", eg.subgroup(lambda e: isinstance(e, Exception) and "v" in str(e)))
m, r = eg.split(Exception)
print("split all:", m is eg, r)


async def fail(exc):
    await asyncio.sleep(0)
    raise exc


async def main():
    try:
        await asyncio.gather(fail(ExceptionGroup("from task", [ValueError("t1"), OSError("t2")])))
    except* ValueError as g:
        print("task group ValueError part:", g.message, [str(e) for e in g.exceptions])
    except* OSError as g:
        print("task group OSError part:", [str(e) for e in g.exceptions])


asyncio.run(main())
