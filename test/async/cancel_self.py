import asyncio


async def self_cancel():
    me = asyncio.current_task()
    print("cancelling myself:", me.cancel("self"))
    print("still running until next await; cancelling():", me.cancelling())
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("CancelledError at next await, args", e.args)
        raise


async def self_cancel_no_await():
    asyncio.current_task().cancel()
    print("returning without awaiting")
    return "value"


async def main():
    t = asyncio.create_task(self_cancel())
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())
    u = asyncio.create_task(self_cancel_no_await())
    await asyncio.gather(u, return_exceptions=True)
    print("u cancelled even though it returned:", u.cancelled())


asyncio.run(main())
