# (One sibling at a time is cancelled: CPython cancels in set order, i.e. by address.)
# TaskGroup: one child fails, siblings are cancelled (and may clean up); except* splits the group.
import asyncio


class ParseError(Exception):
    pass


async def child(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise fail
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled; cleaning up")
        await asyncio.sleep(0.01)
        print(name, "cleanup done")
        raise


async def converts(delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        raise ParseError("raised while cancelled")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(child("a", 0.01), name="a")
            t2 = tg.create_task(child("b", 0.02, ValueError("bad b")), name="b")
            t4 = tg.create_task(converts(0.4), name="d")
            print("body waiting")
        print("not reached")
    except* ValueError as eg:
        print("ValueError group:", repr(eg), [repr(e) for e in eg.exceptions])
    except* ParseError as eg:
        print("ParseError group:", eg.exceptions)
    print(t1.result(), t2.exception(), t4.cancelled(), repr(t4.exception()))

    # The body itself raising cancels children and the error propagates with them
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("e", 0.01, KeyError("e")))
            await asyncio.sleep(0.005)
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("body:", eg.exceptions)
    except* KeyError as eg:
        print("unexpected KeyError", eg)

    # Nested groups: inner ExceptionGroup is wrapped in the outer one
    try:
        async with asyncio.TaskGroup() as outer:
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(child("g", 0.01, OSError(5, "io")))
            outer.create_task(inner_group())
            outer.create_task(child("h", 1))
    except ExceptionGroup as eg:
        print(repr(eg))
        print(eg.exceptions[0].exceptions[0].errno, eg.exceptions[0].exceptions[0].strerror)
        print(eg.subgroup(OSError) is not None, eg.split(KeyError)[0])


asyncio.run(main())
