# except* handlers around a TaskGroup that await: a raise from a handler after an await,
# a cancel while a handler awaits (chained to the matched group), and the plain case.
import asyncio
async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc
async def scenario(kind):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v"), 0.01))
            tg.create_task(fail(TypeError("t"), 0.01))
    except* ValueError as eg:
        print(kind, "star handler", repr(eg))
        if kind == "raise":
            await asyncio.sleep(0)
            raise KeyError("from star")
        if kind == "cancel":
            await asyncio.sleep(1)
    except* TypeError as eg2:
        print(kind, "second handler", repr(eg2))
async def main():
    for kind in ("raise", "cancel", "plain"):
        t = asyncio.create_task(scenario(kind))
        await asyncio.sleep(0.06)
        if kind == "cancel":
            t.cancel("during star")
        try:
            await t
            print(kind, "ok")
        except BaseException as e:
            print(kind, "->", type(e).__name__, repr(e), "ctx", repr(e.__context__))
            if isinstance(e, BaseExceptionGroup):
                for x in e.exceptions:
                    print("   sub", repr(x), "ctx", repr(x.__context__))
asyncio.run(main())
