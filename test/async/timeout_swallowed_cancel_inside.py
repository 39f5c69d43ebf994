# asyncio.timeout(): the body swallows the timeout's CancelledError; the context
# exits normally yet expired() is True; the task's cancelling() count is restored.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    t0 = loop.time()
    async with asyncio.timeout(0.05) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            print("body swallowed", repr(e), "cancelling", me.cancelling())
    print("exited normally; expired", cm.expired(), "cancelling", me.cancelling(),
          int((loop.time() - t0) * 10 + 1e-6))
    print("repr", repr(cm))

    try:
        async with asyncio.timeout(0.05) as cm2:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise ValueError("converted")
    except ValueError as e:
        print("ValueError escapes", repr(e), "ctx", repr(e.__context__), "expired", cm2.expired())
    print("cancelling", me.cancelling())

    try:
        async with asyncio.timeout(0.05) as cm3:
            try:
                await asyncio.sleep(1)
            finally:
                print("finally awaits after expiry")
                await asyncio.sleep(0.01)
                print("finally awaited fine")
    except TimeoutError as e:
        print("TimeoutError", repr(e), "cause", repr(e.__cause__), "ctx", type(e.__context__).__name__)
    print("expired", cm3.expired(), int((loop.time() - t0) * 10 + 1e-6))


asyncio.run(main())
