import asyncio


async def job(name, ticks, fail=False):
    for _ in range(ticks):
        await asyncio.sleep(0)
    if ticks > 10:
        await asyncio.sleep(0.4)
    if fail:
        raise ValueError(name)
    return name


async def main():
    coros = [asyncio.create_task(job("fast", 1)), asyncio.create_task(job("bad", 2, True)),
             asyncio.create_task(job("slow", 20))]
    got = []
    try:
        for f in asyncio.as_completed(coros, timeout=0.1):
            try:
                got.append(await f)
            except ValueError as e:
                got.append(f"error {e}")
    except TimeoutError:
        got.append("TimeoutError")
    print(got)
    pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    print("still pending:", len(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    print("empty as_completed:", list(asyncio.as_completed([])))


asyncio.run(main())
