# A task cancels itself: the cancel takes effect at its next await, not immediately;
# a task that cancels itself and never awaits again finishes normally.
import asyncio


async def self_cancel_then_await():
    me = asyncio.current_task()
    print("cancel self ->", me.cancel("self"), "cancelling", me.cancelling())
    print("still running, done?", me.done())
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("caught at sleep(0)", e.args)
        raise


async def self_cancel_no_await():
    me = asyncio.current_task()
    me.cancel("never seen")
    return "returned anyway"


async def self_cancel_await_done_future():
    me = asyncio.current_task()
    f = asyncio.get_running_loop().create_future()
    f.set_result("ready")
    me.cancel("cancel-before-done-await")
    r = await f
    print("awaiting a done future does not yield, got", r)
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("cancel delivered at the next real yield", e.args)
        raise


async def main():
    for c in (self_cancel_then_await, self_cancel_no_await, self_cancel_await_done_future):
        t = asyncio.create_task(c())
        try:
            r = await t
            print(c.__name__, "result", r, "cancelled", t.cancelled(), "cancelling", t.cancelling())
        except asyncio.CancelledError as e:
            print(c.__name__, "raised", repr(e), "cancelled", t.cancelled())


asyncio.run(main())
