import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("when initially:", cm.when())
            await asyncio.sleep(0.01)
            cm.reschedule(loop.time() + 0.1)
            print("rescheduled, when is set:", cm.when() is not None)
            await asyncio.sleep(0.01)
            print("still inside")
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(0.3)
            print("unreachable")
    except TimeoutError:
        print("timed out after reschedule; expired =", cm.expired())
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.03)
        print("reschedule(None) disabled timeout; when:", cm.when())
    try:
        async with asyncio.timeout(0.3) as cm:
            cm.reschedule(loop.time() - 1)
            print("past deadline set")
            await asyncio.sleep(0)
            print("unreachable 2")
    except TimeoutError:
        print("past deadline -> immediate timeout")


asyncio.run(main())
