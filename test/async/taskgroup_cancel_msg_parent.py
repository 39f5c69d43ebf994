# Cancelling the task that sits in a TaskGroup's body with a message: children are
# cancelled (without the message), the message survives to the caller.
import asyncio


LOG = []


async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "done")
    except asyncio.CancelledError as e:
        # children are cancelled in set order: collect, print sorted
        LOG.append((name, e.args))
        raise


async def parent(where):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1", 1))
            tg.create_task(child("c2", 1))
            if where == "body":
                await asyncio.sleep(1)
            print("body finished, waiting in __aexit__")
    except asyncio.CancelledError as e:
        print("children", sorted(LOG))
        LOG.clear()
        print("parent got", repr(e), "cancelling", asyncio.current_task().cancelling())
        raise
    except BaseException as e:
        print("parent other", repr(e))


async def main():
    for where in ("body", "aexit"):
        t = asyncio.create_task(parent(where))
        await asyncio.sleep(0.01)
        t.cancel("stop-" + where)
        try:
            await t
        except asyncio.CancelledError as e:
            print(where, "->", repr(e), t.cancelled())


asyncio.run(main())
