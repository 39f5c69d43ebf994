import asyncio


async def slow(name):
    try:
        print(name, "started")
        await asyncio.sleep(0.5)
        return "never"
    except asyncio.CancelledError:
        print(name, "cancelled by wait_for")
        raise
    finally:
        print(name, "cleanup")


async def main():
    try:
        await asyncio.wait_for(slow("s1"), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, repr(e.args))
    print("TimeoutError is builtin:", asyncio.TimeoutError is TimeoutError)
    t = asyncio.create_task(slow("s2"), name="s2")
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("timed out; task cancelled:", t.cancelled())
    r = await asyncio.wait_for(asyncio.sleep(0.01, "quick"), timeout=0.2)
    print("completed:", r)
    r = await asyncio.wait_for(asyncio.sleep(0, "nolimit"), None)
    print("timeout None:", r)


asyncio.run(main())
