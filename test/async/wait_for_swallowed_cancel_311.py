import asyncio


async def stubborn(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("swallowed")
        return "stubborn result"


async def slow_cleanup(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        await asyncio.sleep(0.05)
        log.append("cleaned")
        raise


async def main():
    log = []
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        r = await asyncio.wait_for(stubborn(log), 0.05)
        print("wait_for returned", r)
    except asyncio.TimeoutError:
        print("timeout raised")
    print(log, round(loop.time() - t0, 1))
    try:
        await asyncio.wait_for(slow_cleanup(log), 0.05)
    except asyncio.TimeoutError:
        print("timeout after cleanup", round(loop.time() - t0, 1))
    print(log)
    try:
        async with asyncio.timeout(0.05):
            r = await stubborn(log)
            print("timeout ctx body got", r)
    except TimeoutError:
        print("ctx raised")
    print(log, asyncio.current_task().cancelling())


asyncio.run(main())
