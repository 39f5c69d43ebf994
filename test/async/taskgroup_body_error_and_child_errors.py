# The TaskGroup body raises while children fail too: the body's exception is included in
# the group; a body CancelledError (from outside) vs. from the group's own abort.
import asyncio


async def fail(msg, d):
    await asyncio.sleep(d)
    raise ValueError(msg)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("child-1", 0.01))
            tg.create_task(fail("child-2", 0.03))
            await asyncio.sleep(0.02)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print(repr(str(eg)))
        print([repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("child-a", 0.01))
            raise KeyError("body first")
    except ExceptionGroup as eg:
        print(repr(str(eg)), [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(fail("x", 0.01))
            t.cancel("direct")
            await asyncio.sleep(0.02)
        print("cancelled child is not an error; t.cancelled():", t.cancelled())
    except BaseException as e:
        print("unexpected", repr(e))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("late", 0.01))
            try:
                await asyncio.sleep(1)
            finally:
                print("body finally; cancelling", asyncio.current_task().cancelling())
                raise OSError("from finally")
    except ExceptionGroup as eg:
        print(repr(str(eg)), [repr(e) for e in eg.exceptions],
              "ctx of OSError:", repr(eg.exceptions[-1].__context__))


asyncio.run(main())
