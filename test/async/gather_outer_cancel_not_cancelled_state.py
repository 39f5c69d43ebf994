# gather(): after outer.cancel(msg), the outer future ends with a CancelledError set
# as its exception (cancelled() may be False); children see the message.
import asyncio


async def child(name, delay, swallow=False):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError as e:
        print(name, "child cancelled", e.args)
        if swallow:
            return name + "-swallowed"
        raise


async def main():
    for swallow in (False, True):
        for rex in (False, True):
            g = asyncio.gather(child("a", 1), child("b", 1, swallow), return_exceptions=rex)
            await asyncio.sleep(0)
            print("cancel ->", g.cancel("outer-msg"), "done", g.done())
            try:
                r = await g
                print("swallow", swallow, "rex", rex, "result", r)
            except asyncio.CancelledError as e:
                print("swallow", swallow, "rex", rex, "raised", repr(e))
            print("  outer cancelled()", g.cancelled(), "done", g.done())
            try:
                print("  outer.exception()", repr(g.exception()))
            except asyncio.CancelledError as e:
                print("  outer.exception() raised", repr(e))
            print("  cancel again", g.cancel())


asyncio.run(main())
