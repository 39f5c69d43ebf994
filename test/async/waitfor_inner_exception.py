import asyncio


async def broken(d):
    await asyncio.sleep(d)
    raise LookupError("inner failure")


async def main():
    try:
        await asyncio.wait_for(broken(0), 0.1)
    except LookupError as e:
        print("propagated:", type(e).__name__, e)
    try:
        await asyncio.wait_for(broken(0.01), None)
    except LookupError as e:
        print("propagated without timeout:", e)
    t = asyncio.create_task(broken(0), name="b")
    try:
        await asyncio.wait_for(t, 1)
    except LookupError:
        print("task exception propagated; task done:", t.done())


asyncio.run(main())
