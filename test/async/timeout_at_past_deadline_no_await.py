# timeout_at() with a deadline already past: a body without awaits completes (the
# cancel lands on the next await after the block), a body with an await times out.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    async with asyncio.timeout_at(loop.time() - 1) as cm:
        print("inside, expired", cm.expired(), "cancelling", me.cancelling())
    print("after block: expired", cm.expired(), "cancelling", me.cancelling())
    try:
        await asyncio.sleep(0)
        print("sleep after block fine")
    except asyncio.CancelledError:
        print("leaked cancel (unexpected)")
    try:
        async with asyncio.timeout_at(loop.time()) as cm:
            await asyncio.sleep(0)
    except TimeoutError as e:
        print("timeout_at(now):", repr(e), cm.expired())
    try:
        async with asyncio.timeout(0) as cm:
            f = loop.create_future()
            f.set_result(1)
            print("done future ok", await f)
            await f
            print("still fine without a yield")
            await asyncio.sleep(0)
    except TimeoutError as e:
        print("timeout(0):", repr(e), cm.expired())
    try:
        async with asyncio.timeout(-3):
            pass
        print("negative, no await: no error")
    except TimeoutError:
        print("negative timed out")


asyncio.run(main())
