# Cancelling the task that sits in a TaskGroup's body with a message: its pending child is
# cancelled (without the message), the message survives to the caller. (One child is still
# pending then: a TaskGroup cancels its children in set order, which CPython's addresses decide.)
import asyncio


LOG = []


async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "done")
    except asyncio.CancelledError as e:
        LOG.append((name, e.args))
        raise


async def parent(where):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1", 1))
            tg.create_task(child("c2", 0.001))
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
