# Event.wait cancelled while pending; set() after a cancel (the cancelled waiter
# must not return True); clear() between set() and the waiter resuming.
import asyncio


async def w(ev, name):
    try:
        r = await ev.wait()
        print(name, "wait ->", r, "is_set", ev.is_set())
    except asyncio.CancelledError as e:
        print(name, "cancelled", e.args)
        raise


async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(w(ev, "a"))
    b = asyncio.create_task(w(ev, "b"))
    await asyncio.sleep(0)
    a.cancel("bye")
    ev.set()
    ev.clear()
    print("set+clear done; waiters", len(ev._waiters))
    await asyncio.sleep(0)
    print("a", a.cancelled(), "b", b.done())
    print("repr", repr(ev)[repr(ev).index("["):])
    c = asyncio.create_task(w(ev, "c"))
    await asyncio.sleep(0)
    ev.set()
    print("repr", repr(ev)[repr(ev).index("["):])
    print("wait on set ->", await ev.wait())
    await asyncio.gather(b, c, return_exceptions=True)
    print(a.cancelled(), b.cancelled(), c.cancelled())


asyncio.run(main())
