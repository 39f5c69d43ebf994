import asyncio


async def raises_stop():
    await asyncio.sleep(0)
    raise StopIteration("oops")


async def raises_stop_async():
    raise StopAsyncIteration("async oops")


async def main():
    try:
        await raises_stop()
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    t = asyncio.create_task(raises_stop())
    try:
        await t
    except RuntimeError as e:
        print("from task RuntimeError:", e)
    try:
        await raises_stop_async()
    except RuntimeError as e:
        print("RuntimeError:", e)
    except StopAsyncIteration as e:
        print("StopAsyncIteration propagates:", e)


asyncio.run(main())
