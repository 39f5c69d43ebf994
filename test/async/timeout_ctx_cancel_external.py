import asyncio


async def guarded():
    try:
        async with asyncio.timeout(0.3):
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("TimeoutError (wrong)")
    except asyncio.CancelledError:
        print("external cancel stays CancelledError")
        raise


async def main():
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    try:
        async with asyncio.timeout(0) as cm:
            print("timeout(0) body runs")
            await asyncio.sleep(0)
    except TimeoutError:
        print("timeout(0) expired:", cm.expired())
    print("cancelling():", asyncio.current_task().cancelling())


asyncio.run(main())
