import asyncio


async def fail_after(ticks, exc):
    for _ in range(ticks):
        await asyncio.sleep(0)
    print("raising", repr(exc))
    raise exc


async def main():
    try:
        await asyncio.gather(
            fail_after(2, ValueError("second")),
            fail_after(1, TypeError("first")),
        )
    except Exception as e:
        print("caught", type(e).__name__, e)
    for _ in range(3):
        await asyncio.sleep(0)
    try:
        await asyncio.gather(fail_after(0, KeyError("a")), fail_after(0, IndexError("b")))
    except Exception as e:
        print("same tick: caught", type(e).__name__, e)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
