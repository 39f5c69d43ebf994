# A second cancel arrives while a task awaits in its except-CancelledError cleanup; a
# finally block there re-raises with a bare `raise`: the second CancelledError (the one
# passing through the finally) propagates, chained to the first.
import asyncio
import sys


async def worker(log):
    try:
        try:
            await asyncio.sleep(0)
        finally:
            log.append("inner finally sees %r" % (sys.exc_info()[1],))
    except asyncio.CancelledError as first:
        log.append("cleanup after %r" % (first,))
        try:
            await asyncio.sleep(0)
        finally:
            log.append("cleanup finally sees %r" % (sys.exc_info()[1],))
            if sys.exc_info()[1] is not None:
                raise
        log.append("cleanup finished")


async def main():
    for second in (True, False):
        log = []
        t = asyncio.create_task(worker(log))
        await asyncio.sleep(0)
        t.cancel("c1")
        await asyncio.sleep(0)
        if second:
            t.cancel("c2")
        try:
            print("result", await t)
        except asyncio.CancelledError as e:
            print("raised", repr(e), "ctx", repr(e.__context__), "cancelled()", t.cancelled())
        for line in log:
            print("  ", line)


asyncio.run(main())
