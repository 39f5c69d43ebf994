import asyncio

eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(type(eg).__name__, eg.message, str(eg))
print([repr(e) for e in eg.exceptions])
print("isinstance Exception:", isinstance(eg, Exception))
beg = BaseExceptionGroup("base", [ValueError(1)])
print("BaseExceptionGroup of Exceptions ->", type(beg).__name__)
beg2 = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg2).__name__, str(beg2))
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as e:
    print("TypeError:", e)
single = ExceptionGroup("one", [ValueError("x")])
print(str(single))
print(eg.derive([KeyError("d")]).message)


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
