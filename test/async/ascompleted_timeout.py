import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name


async def main():
    coros = [job("fast", 0.01), job("bad", 0.02, True), job("slow", 0.3)]
    got = []
    try:
        for f in asyncio.as_completed(coros, timeout=0.05):
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
