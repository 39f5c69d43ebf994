import asyncio


async def critical(log):
    log.append("critical start")
    await asyncio.sleep(0.1)
    log.append("critical end")
    return 99


async def caller(log):
    try:
        r = await asyncio.shield(critical(log))
        log.append(f"caller got {r}")
    except asyncio.CancelledError:
        log.append("caller cancelled, critical continues")
        raise


async def main():
    log = []
    t = asyncio.create_task(caller(log), name="caller")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw caller cancelled")
    await asyncio.sleep(0.15)
    for line in log:
        print(line)
    before = len(asyncio.all_tasks())
    print("tasks left:", before)


asyncio.run(main())
