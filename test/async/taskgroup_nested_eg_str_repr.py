# Nested TaskGroups: inner group errors become a nested ExceptionGroup in the outer one;
# str(), repr(), .exceptions nesting, split()/subgroup() and except* on the result.
import asyncio


async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(KeyError("inner-k"), 0.01))
        tg.create_task(fail(ValueError("inner-v"), 0.01))


def show(eg, indent=""):
    print(indent + type(eg).__name__, repr(str(eg)))
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            show(e, indent + "  ")
        else:
            print(indent + "  ", repr(e))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(fail(TypeError("outer-t"), 0.02))
            await asyncio.sleep(1)
    except BaseExceptionGroup as eg:
        # sub-exception order inside the inner group follows task completion order
        show(eg)
        ve, rest = eg.split(ValueError)
        print("split match:", repr(str(ve)), "rest:", repr(str(rest)))
        print("subgroup KeyError:", repr(eg.subgroup(KeyError)))
        print("subgroup OSError:", eg.subgroup(OSError))
        print("derive:", repr(eg.derive([ZeroDivisionError("z")])))
        caught = []
        try:
            raise eg
        except* KeyError as g:
            caught.append(("KeyError", repr(g)))
        except* (ValueError, TypeError) as g:
            caught.append(("V/T", str(g), len(g.exceptions)))
        print(caught)


asyncio.run(main())
