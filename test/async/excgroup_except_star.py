import asyncio

def raiser():
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c"), KeyError("d")])


try:
    raiser()
except* ValueError as g:
    print("values:", g.message, [str(e) for e in g.exceptions])
except* (TypeError, KeyError) as g:
    print("type/key:", [type(e).__name__ for e in g.exceptions])

try:
    try:
        raiser()
    except* TypeError:
        print("handled TypeError")
except ExceptionGroup as rest:
    print("rest:", [type(e).__name__ for e in rest.exceptions])

try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", type(g).__name__, g.message, [str(e) for e in g.exceptions])

try:
    try:
        raise ExceptionGroup("x", [OSError("o")])
    except* OSError:
        raise RuntimeError("replacement")
except ExceptionGroup as g:
    print("raised in except*:", type(g).__name__, [type(e).__name__ for e in g.exceptions])
except RuntimeError as e:
    print("plain RuntimeError:", e)


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
