import asyncio


class Cleanup(Exception):
    pass


async def converts():
    try:
        await asyncio.sleep(0.3)
    except asyncio.CancelledError:
        print("converting CancelledError into Cleanup")
        raise Cleanup("converted")


async def main():
    t = asyncio.create_task(converts())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Cleanup as e:
        print("main got Cleanup:", e, "context:", type(e.__context__).__name__)
    print("task cancelled()?", t.cancelled(), "exception:", repr(t.exception()))


asyncio.run(main())
