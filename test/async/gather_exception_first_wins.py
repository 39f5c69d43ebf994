import asyncio


async def fail_after(d, exc):
    await asyncio.sleep(d)
    print("raising", repr(exc))
    raise exc


async def main():
    try:
        await asyncio.gather(
            fail_after(0.02, ValueError("second")),
            fail_after(0.01, TypeError("first")),
        )
    except Exception as e:
        print("caught", type(e).__name__, e)
    await asyncio.sleep(0.02)
    try:
        await asyncio.gather(fail_after(0, KeyError("a")), fail_after(0, IndexError("b")))
    except Exception as e:
        print("same tick: caught", type(e).__name__, e)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
