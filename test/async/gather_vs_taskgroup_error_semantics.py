import asyncio


async def ok(d, log):
    try:
        await asyncio.sleep(d)
        log.append(f"ok{d}")
        return d
    except asyncio.CancelledError:
        log.append(f"cancelled{d}")
        raise


async def bad(d):
    await asyncio.sleep(d)
    raise ValueError(f"bad{d}")


async def main():
    log = []
    try:
        await asyncio.gather(ok(0.01, log), bad(0.05), ok(0.2, log))
    except ValueError as e:
        print("gather raised", e, log)
    await asyncio.sleep(0.2)
    print("after gather, siblings kept running:", log)
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(0.01, log))
            tg.create_task(bad(0.05))
            tg.create_task(ok(0.2, log))
    except ExceptionGroup as eg:
        print("taskgroup raised", eg, log)
    g = asyncio.gather(ok(0.01, log), ok(0.2, log))
    await asyncio.sleep(0.02)
    print("gather cancel:", g.cancel(), g.cancelled())
    try:
        await g
    except asyncio.CancelledError:
        print("outer gather cancelled", log[-2:])


asyncio.run(main())
