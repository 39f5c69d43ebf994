import asyncio


async def deepest():
    await asyncio.sleep(0)
    raise OSError("disk gone")


async def middle():
    try:
        await deepest()
    except OSError as e:
        raise RuntimeError("middle failed") from e


async def top():
    try:
        await asyncio.wait_for(middle(), 0.2)
    except RuntimeError as e:
        print("top caught:", e, "| cause:", repr(e.__cause__))
        raise LookupError("top failed")


async def main():
    t = asyncio.create_task(top())
    try:
        await t
    except LookupError as e:
        print("main caught:", e, "| context:", type(e.__context__).__name__)
    print("exception on task:", repr(t.exception()))


asyncio.run(main())
