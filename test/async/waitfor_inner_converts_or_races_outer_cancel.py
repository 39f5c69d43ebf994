# wait_for() (3.11): the timeout cancels an inner that converts the cancel to another
# error (that error propagates, not TimeoutError); an inner raising CancelledError on its
# own; and an outer cancel arriving when the inner already finished (the result wins).
import asyncio


async def converter():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise ValueError("converted on cancel")


async def self_cancel():
    await asyncio.sleep(0.01)
    raise asyncio.CancelledError("inner raised it")


async def quick_after(fut):
    await fut
    return "inner result"


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(converter(), 0.02)
    except ValueError as e:
        print("converter ->", repr(e), "ctx", repr(e.__context__))
    except TimeoutError as e:
        print("converter -> TimeoutError", repr(e))
    try:
        await asyncio.wait_for(self_cancel(), 1)
    except asyncio.CancelledError as e:
        print("self_cancel ->", repr(e), "cancelling", asyncio.current_task().cancelling())

    gate = loop.create_future()

    async def outer():
        me = asyncio.current_task()
        r = await asyncio.wait_for(quick_after(gate), 1)
        print("outer got", r, "cancelling", me.cancelling())
        try:
            await asyncio.sleep(0)
            print("outer continued normally")
        except asyncio.CancelledError:
            print("outer cancelled later")
            raise
        return r

    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    gate.set_result(None)
    await asyncio.sleep(0)  # inner task finishes; wait_for's waiter is released
    print("cancel outer ->", o.cancel("too late?"))
    try:
        print("outer ->", await o)
    except asyncio.CancelledError as e:
        print("outer cancelled ->", repr(e))


asyncio.run(main())
