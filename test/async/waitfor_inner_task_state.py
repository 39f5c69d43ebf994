import asyncio


async def inner(log):
    try:
        log.append("inner start")
        await asyncio.sleep(0.3)
    except asyncio.CancelledError:
        log.append("inner got CancelledError")
        await asyncio.sleep(0)
        log.append("inner cleanup finished before wait_for raised")
        raise


async def main():
    log = []
    t = asyncio.create_task(inner(log), name="inner")
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        log.append("wait_for raised TimeoutError")
    for line in log:
        print(line)
    print("inner task: done", t.done(), "cancelled", t.cancelled())
    t2 = asyncio.create_task(asyncio.sleep(0.01, "ok"))
    print(await asyncio.wait_for(asyncio.shield(t2), 0.2))


asyncio.run(main())
