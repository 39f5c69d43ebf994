import asyncio


async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(KeyError("k"), 0.01))
        tg.create_task(fail(OSError("disk"), 0.01))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(fail(ValueError("v"), 0.05))
    except* OSError as eg:
        print("OSError part:", repr(eg))
        for e in eg.exceptions:
            print("  ", type(e).__name__, e)
    except* KeyError as eg:
        print("KeyError part:", eg.exceptions[0].exceptions if hasattr(eg.exceptions[0], "exceptions") else eg.exceptions)
    try:
        try:
            raise ExceptionGroup("top", [ValueError(1), TypeError(2), ValueError(3)])
        except* ValueError as eg:
            print("values", [e.args[0] for e in eg.exceptions])
            raise
    except ExceptionGroup as eg:
        print("reraised:", repr(eg))
    try:
        try:
            raise ExceptionGroup("g", [ValueError("x")])
        except* ValueError:
            raise RuntimeError("converted")
    except ExceptionGroup as eg:
        print("new error group:", repr(eg), repr(eg.exceptions[0].__context__))


asyncio.run(main())
